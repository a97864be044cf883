import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeParent, IndicatorParent, SightingParent, ReportParent, ReportIndicatorParent, RegionParent, StatsParent, CorrelatedParent, BucketParent, MoneyParent } from '../parents.js';
import type { MutationsParent, RequestParent, OutboxParent, RequestsAtMemberParent } from '../../requests/requestParents.js';
import type { ChangePageParent, ChangeParent, ChangeSinceParent, WatchParent, WatchlistParent, WatchlistPartParent, WatchedParent } from '../../feed/feedParents.js';
import type { NationalContext } from '../NationalContext.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (UTC). */
  Date: { input: string; output: string; }
  /** An ISO-8601 instant in UTC, e.g. 2026-03-01T09:30:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
  /** An exact decimal amount as a string, e.g. "1250.50" (never a float: money is summed exactly). */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** What a member may ask the owner of a hit to do (issue 11: requests for assistance). */
export type AssistanceAction =
  /** Block a phone number, through the owner's telecom regulator. */
  | 'BLOCK_NUMBER'
  /** Stop payments out of a bank account or e-wallet. */
  | 'FREEZE_ACCOUNT'
  /** Identify the holder of an account or number, as far as the owner's policy allows. */
  | 'IDENTIFY_HOLDER'
  /** Preserve records and logs before they are deleted. */
  | 'PRESERVE_EVIDENCE'
  /** Take down a URL, domain or social-media account. */
  | 'TAKE_DOWN';

/** A request for assistance, stored at the owning member's node; only the owner's staff move it. */
export type AssistanceRequest = {
  __typename?: 'AssistanceRequest';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  action: AssistanceAction;
  /** When it was actioned or declined. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  /** From the owner's service level for the action. */
  dueAt: Scalars['DateTime']['output'];
  indicator: Indicator;
  legalBasis: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Alpha-2 code of the member asked to act (the owner of the hit). */
  owner: Scalars['String']['output'];
  /** Fields withheld by the owner's policy (null above). */
  redactions: Array<Redaction>;
  /** Random reference given by the owner's node. */
  reference: Scalars['ID']['output'];
  /** Alpha-2 code of the member that asked. */
  requester: Scalars['String']['output'];
  /** The owner's answer when actioned; for IDENTIFY_HOLDER only at the owner's PARTNER level. */
  response?: Maybe<Scalars['String']['output']>;
  /** EXPIRED when still SUBMITTED or ACKNOWLEDGED at dueAt. */
  status: RequestStatus;
  /** The reference the requester quoted (an indicator id or the owner's reference from a hit). */
  subjectReference: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  urgency: RequestUrgency;
};

export type AssistanceRequestInput = {
  action: AssistanceAction;
  /** Chosen by the client, one per intended request: sending it again returns the first request instead of filing another. */
  clientKey: Scalars['String']['input'];
  /** The law, treaty or MoU article the request rests on. */
  legalBasis: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** An indicator id (`KIND:keyId:digest`) or the reference this member gave in a hit. */
  reference: Scalars['ID']['input'];
  urgency?: InputMaybe<RequestUrgency>;
};

/** One answer this node gave to another member's caller, or a DETAIL read by its own staff, hash-chained to the one before. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  at: Scalars['DateTime']['output'];
  /** Keyed digests of the indicators the answer touched. */
  digests: Array<Scalars['String']['output']>;
  hash: Scalars['String']['output'];
  id: Scalars['Int']['output'];
  level: SharingLevel;
  /** SHA-256 of the operation with its name and variables: two reads of different reports differ. */
  operationHash: Scalars['String']['output'];
  prevHash: Scalars['String']['output'];
  /** Fields withheld in the answer, whether or not the caller asked for `redactions`. */
  redactions: Array<Scalars['String']['output']>;
  /** References of the reports the answer carried; null on entries written before they were recorded. */
  reports?: Maybe<Array<Scalars['String']['output']>>;
  requesterMember: Scalars['String']['output'];
  role: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

/** How the victim was approached. */
export type Channel =
  /** E-mail */
  | 'EMAIL'
  /** In person */
  | 'IN_PERSON'
  /** Messaging app (LINE, WhatsApp, Telegram, Zalo, ...) */
  | 'MESSAGING_APP'
  /** Other */
  | 'OTHER'
  /** Phone call */
  | 'PHONE_CALL'
  /** SMS */
  | 'SMS'
  /** Social media */
  | 'SOCIAL_MEDIA'
  /** Website */
  | 'WEBSITE';

/** An indicator fingerprint two or more members share in a period (the hub's correlation); each member resolves it to its own keyed id. */
export type CorrelatedIndicator = {
  __typename?: 'CorrelatedIndicator';
  fingerprint: Scalars['ID']['output'];
  from: Scalars['Date']['output'];
  /** The member's indicator with this fingerprint in the period, when it shares lists with the caller (SUMMARY). */
  national?: Maybe<IndicatorCount>;
  to: Scalars['Date']['output'];
};

export type FeedbackInput = {
  /** Required for ACTIONED (FREEZE_ACCOUNT, BLOCK_NUMBER or TAKE_DOWN), absent otherwise. */
  action?: InputMaybe<AssistanceAction>;
  /** An indicator id (`KIND:keyId:digest`) or the reference this member gave in a hit. */
  indicator: Scalars['ID']['input'];
  /** Since when; today (UTC) when absent. Never in the future. */
  since?: InputMaybe<Scalars['Date']['input']>;
  verdict: FeedbackVerdict;
};

/** A member's verdict on an indicator it holds (issue 11: feedback). Recorded at its own node; nothing is deleted. */
export type FeedbackVerdict =
  /** The member acted on it: frozen, blocked or taken down. */
  | 'ACTIONED'
  /** The member checked it and confirms it is used for scams. */
  | 'CONFIRMED'
  /** The member found it is not a scam indicator: the region should weigh it less. */
  | 'FALSE_POSITIVE';

/** A scam indicator, identified across the federation by its keyed digest. */
export type Indicator = {
  __typename?: 'Indicator';
  /** `<KIND>:<keyId>:<hex digest>`: carries no raw value. */
  id: Scalars['ID']['output'];
  /** What The member shares about this indicator. */
  national?: Maybe<NationalSighting>;
};

/** An indicator a member's import (or its own verdict) touched. */
export type IndicatorChange = {
  __typename?: 'IndicatorChange';
  /** When the member recorded the change (its import time, not the report's date). */
  at: Scalars['DateTime']['output'];
  change: IndicatorChangeKind;
  indicator: Indicator;
  kind: IndicatorKind;
};

/** What happened to an indicator at a member since a cursor. */
export type IndicatorChangeKind =
  /** The member had no report naming it before the cursor and has one now. */
  | 'NEW'
  /** The member already held it and has recorded more about it since (a report, a verdict). */
  | 'UPDATED';

/** A page of a member's change feed. */
export type IndicatorChangePage = {
  __typename?: 'IndicatorChangePage';
  /** Pass as `since` for the next page (or, when `hasMore` is false, the next poll). */
  endCursor: Scalars['String']['output'];
  /** One entry per change, oldest first: an indicator changed twice is listed twice. */
  entries: Array<IndicatorChange>;
  /** More changes after `endCursor`: ask again with it. */
  hasMore: Scalars['Boolean']['output'];
  member: Scalars['String']['output'];
};

/** What changed about one watched indicator at one member since the analyst last saw it, at the caller's level. */
export type IndicatorChangeSince = {
  __typename?: 'IndicatorChangeSince';
  /** When the member recorded the latest change. Needs SUMMARY. */
  at?: Maybe<Scalars['DateTime']['output']>;
  /**
   * NEW or UPDATED since the last-seen cursor, null when nothing changed. At HIT only NEW is told (a
   * lookup then and now would tell as much); an update needs SUMMARY.
   */
  change?: Maybe<IndicatorChangeKind>;
  /** This member's cursor as of this answer (opaque, bound to the indicator and the caller's member); null at NONE. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** Whether the member holds a report naming it now (as a lookup says); null at NONE. */
  hit?: Maybe<Scalars['Boolean']['output']>;
  /** The level the member applied; NONE means it declined to answer. */
  level: SharingLevel;
  /** Alpha-2 code of the member that answered. */
  member: Scalars['String']['output'];
  /** Fields withheld by the member's policy. */
  redactions: Array<Redaction>;
};

/** An indicator and how many of one member's reports name it. */
export type IndicatorCount = {
  __typename?: 'IndicatorCount';
  /** The indicator's keyed id (no raw value). */
  id: Scalars['ID']['output'];
  kind: IndicatorKind;
  /** Null below DETAIL when under the owner's k reports: the indicator is listed, its small count is not. */
  reportCount?: Maybe<Scalars['Int']['output']>;
};

/** What a member says about an indicator after checking or acting on it. */
export type IndicatorFeedback = {
  __typename?: 'IndicatorFeedback';
  /** For ACTIONED: what was done (FREEZE_ACCOUNT, BLOCK_NUMBER or TAKE_DOWN). */
  action?: Maybe<AssistanceAction>;
  /** Since when the verdict holds (for ACTIONED: the day it was frozen, blocked or taken down). */
  since: Scalars['Date']['output'];
  verdict: FeedbackVerdict;
};

/** Kinds of scam indicator. */
export type IndicatorKind =
  /** Bank account (member, bank code, account number) */
  | 'BANK_ACCOUNT'
  /** Registered company (member and registration number, or folded name) */
  | 'COMPANY'
  /** Crypto wallet (chain and address) */
  | 'CRYPTO_WALLET'
  /** Registered domain (punycode) */
  | 'DOMAIN'
  /** E-mail address */
  | 'EMAIL'
  /** E-wallet account (provider and account id, usually a mobile number) */
  | 'E_WALLET'
  /** Phone number (E.164) */
  | 'PHONE'
  /** Messaging or social-media account (platform and handle) */
  | 'SOCIAL_ACCOUNT'
  /** URL (normalised) */
  | 'URL';

/** The role an indicator played in a report. */
export type IndicatorRole =
  /** Account the victim paid into */
  | 'BENEFICIARY_ACCOUNT'
  /** E-wallet the victim paid into */
  | 'BENEFICIARY_EWALLET'
  /** Number that called or messaged the victim */
  | 'CALLER_NUMBER'
  /** E-mail used by the scammer */
  | 'CONTACT_EMAIL'
  /** Company that received the money or fronted the scam */
  | 'MULE_COMPANY'
  /** Phishing or fake-platform URL */
  | 'PHISHING_URL'
  /** Messaging or social-media account used by the scammer */
  | 'SOCIAL_PROFILE'
  /** Wallet the victim paid into */
  | 'WALLET'
  /** Domain of a fake site */
  | 'WEBSITE_DOMAIN';

/** An amount in one currency. Amounts in different currencies are never added together. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Requests for assistance addressed to The member; null (with a SUBGRAPH_UNAVAILABLE error) when the node does not answer. */
  national?: Maybe<NationalMutations>;
};

/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutations = {
  __typename?: 'NationalMutations';
  /** SUBMITTED -> ACKNOWLEDGED: for this member's operators and investigators. */
  acknowledgeRequest: AssistanceRequest;
  /** ACKNOWLEDGED -> ACTIONED, with the member's answer: for its operators and investigators. */
  actionRequest: AssistanceRequest;
  /** SUBMITTED or ACKNOWLEDGED -> DECLINED, with the reason: for its operators and investigators. */
  declineRequest: AssistanceRequest;
  /** Move the caller's last-seen cursors to what the hub's `watchlist` gave (`WatchedIndicator.seenNext`): for this member's own staff. */
  markSeen: Array<Watch>;
  /** Record this member's verdict on an indicator it holds: for its operators and investigators. Keeps every earlier verdict. */
  recordFeedback: IndicatorFeedback;
  /** Ask this member to act on a hit it holds: for another member's investigators. Idempotent per `clientKey`. */
  requestAssistance: AssistanceRequest;
  /** Stop watching: for this member's own staff. Returns the caller's remaining watches. */
  unwatch: Array<Watch>;
  /** Watch indicators (at most 500 ids a call, 500 watched): for this member's own staff; the list is the caller's own, kept here. Returns the caller's watches. */
  watch: Array<Watch>;
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsAcknowledgeRequestArgs = {
  reference: Scalars['ID']['input'];
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsActionRequestArgs = {
  reference: Scalars['ID']['input'];
  response?: InputMaybe<Scalars['String']['input']>;
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsDeclineRequestArgs = {
  reason: Scalars['String']['input'];
  reference: Scalars['ID']['input'];
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsMarkSeenArgs = {
  seen: Array<SeenInput>;
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsRecordFeedbackArgs = {
  input: FeedbackInput;
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsRequestAssistanceArgs = {
  input: AssistanceRequestInput;
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsUnwatchArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** What a caller may change at a member's node: requests for assistance (stored there, moved only by its staff). */
export type NationalMutationsWatchArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** A member's national node: search and statistics over the member's own reports. */
export type NationalNode = {
  __typename?: 'NationalNode';
  /** One request by reference, for this member's staff and the member that asked; null for anyone else. */
  assistanceRequest?: Maybe<AssistanceRequest>;
  /** Requests for assistance addressed to this member, earliest due first: for its own staff (FORBIDDEN otherwise). */
  assistanceRequests: Array<AssistanceRequest>;
  /** This node's audit log, newest first: for the member's own auditors only (FORBIDDEN otherwise). */
  auditLog: Array<AuditEntry>;
  /**
   * Indicators new or updated at this member since a cursor (as TAXII's `added_after`), oldest change first;
   * `since` null starts at the beginning, `first` is at most 10,000. Lists every changed indicator, so it
   * needs DETAIL (the level that may page every report): null below it, listed in `redactions`.
   * A malformed cursor or one another node or member was given: BAD_USER_INPUT naming `since`.
   */
  changes?: Maybe<IndicatorChangePage>;
  /** The level of detail this member's policy applies to the caller. */
  level: SharingLevel;
  /** Alpha-2 code of the member. */
  member: Scalars['String']['output'];
  /** Fields of this node withheld by the member's policy. */
  redactions: Array<Redaction>;
  /** A report by the member's own reference. Needs DETAIL. */
  report?: Maybe<ScamReport>;
  /** Reports newest first. `first` is at most 100. Needs DETAIL: null (and listed in `redactions`) below it. */
  reports?: Maybe<ReportConnection>;
  /**
   * What this member shares about the indicator a reference names (as a sighting gave it, `XX:IND:<24 hex>`),
   * under the same policy as a lookup: at NONE everything is withheld whatever the reference. A malformed
   * reference, or one naming another member: BAD_USER_INPUT saying why; one this member does not hold: null
   * with NOT_FOUND.
   */
  sighting?: Maybe<NationalSighting>;
  /** Counts and losses, by scam type, channel and month. */
  stats: NationalStats;
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeAssistanceRequestArgs = {
  reference: Scalars['ID']['input'];
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeAssistanceRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RequestStatus>;
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeAuditLogArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeReportArgs = {
  id: Scalars['ID']['input'];
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeSightingArgs = {
  reference: Scalars['ID']['input'];
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What one member knows about an indicator, as much as its policy lets this caller see. */
export type NationalSighting = {
  __typename?: 'NationalSighting';
  channels?: Maybe<Array<Channel>>;
  /** The member's verdicts on the indicator, newest first (the first is the current one; at most 10). Needs SUMMARY. */
  feedback?: Maybe<Array<IndicatorFeedback>>;
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the member has at least one report naming the indicator; null (and listed in `redactions`) at NONE, so a refusal never reads as a miss. */
  hit?: Maybe<Scalars['Boolean']['output']>;
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The level of detail the member applied to this caller. */
  level: SharingLevel;
  /** Alpha-2 code of the member that answered. */
  member: Scalars['String']['output'];
  /** Fields withheld by the member's policy (null above), never silently missing. */
  redactions: Array<Redaction>;
  /** Quote this in a follow-up request to the member (hits only). */
  reference?: Maybe<Scalars['ID']['output']>;
  reportCount?: Maybe<Scalars['Int']['output']>;
  /** Most recent reports first. */
  reports?: Maybe<Array<ScamReport>>;
  scamTypes?: Maybe<Array<ScamType>>;
  /** Total reported loss, one entry per currency. */
  totalLoss?: Maybe<Array<Money>>;
};


/** What one member knows about an indicator, as much as its policy lets this caller see. */
export type NationalSightingReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member's statistics for a period, computed on the member's own node, as much as its policy shares. */
export type NationalStats = {
  __typename?: 'NationalStats';
  byChannel?: Maybe<Array<StatsBucket>>;
  byMonth?: Maybe<Array<StatsBucket>>;
  byScamType?: Maybe<Array<StatsBucket>>;
  /** The period the figures cover (from inclusive): the one asked for, or wider below DETAIL, where the owner's window rule widens it to whole months and its minimum length (docs/sharing-policy.md). */
  from?: Maybe<Scalars['Date']['output']>;
  /** Every indicator of the period as a fingerprint of its keyed id with its report count, packed for the hub's correlation (shared/correlation/fingerprints.ts). Needs SUMMARY; a count under the owner's k is sent as 0. */
  indicatorFingerprints?: Maybe<Scalars['String']['output']>;
  /** The level of detail the member applied to the caller. */
  level: SharingLevel;
  losses?: Maybe<Array<Money>>;
  member: Scalars['String']['output'];
  /** Fields withheld by the member's policy (null above). */
  redactions: Array<Redaction>;
  /** Needs SUMMARY, like the losses and breakdowns; below DETAIL, null when under the owner's k reports, and buckets under k are merged into SMALL_CELLS. */
  reportCount?: Maybe<Scalars['Int']['output']>;
  /**
   * How fast the member answered the requests for assistance submitted to it in the period: figures about its
   * own responsiveness, never a request's content. Needs SUMMARY; below DETAIL, null under the owner's k
   * requests, and each median null under k requests behind it (docs/sharing-policy.md).
   */
  serviceLevel?: Maybe<ServiceLevelFigures>;
  /** The end of the period the figures cover (exclusive). */
  to?: Maybe<Scalars['Date']['output']>;
  /** The member's most reported indicators in the period (at most 50), as keyed ids: the hub intersects them across members for the cross-border hot list. Needs SUMMARY (a list of indicators and counts is a set and counts). */
  topIndicators?: Maybe<Array<IndicatorCount>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The member's national node; null (with a SUBGRAPH_UNAVAILABLE error) when the node does not answer. */
  national?: Maybe<NationalNode>;
};

/** A field the owning member withheld from this caller, and why. */
export type Redaction = {
  __typename?: 'Redaction';
  /** The field that is null because of the rule. */
  field: Scalars['String']['output'];
  /** The level the caller would need to see the field. */
  levelNeeded: SharingLevel;
  /** The owner's policy rule that applied. */
  rule: Scalars['String']['output'];
};

/** The region over one period; the key carries the period so each member computes its part for it. */
export type Region = {
  __typename?: 'Region';
  from: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The member's statistics for the period. */
  national?: Maybe<NationalStats>;
  to: Scalars['Date']['output'];
};

export type ReportConnection = {
  __typename?: 'ReportConnection';
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
  /** Reports matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReportEdge = {
  __typename?: 'ReportEdge';
  cursor: Scalars['String']['output'];
  node: ScamReport;
};

/** Report search filters; all optional and combined with AND. */
export type ReportFilter = {
  channel?: InputMaybe<Channel>;
  /** Reported on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only reports naming at least one indicator of this kind. */
  indicatorKind?: InputMaybe<IndicatorKind>;
  /** Minimum loss in the report's currency. */
  minLoss?: InputMaybe<Scalars['Decimal']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  scamType?: InputMaybe<ScamType>;
  status?: InputMaybe<ReportStatus>;
  /** Reported before this date (exclusive). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An indicator as it appears in one report. */
export type ReportIndicator = {
  __typename?: 'ReportIndicator';
  indicator: Indicator;
  kind: IndicatorKind;
  role: IndicatorRole;
};

/** Where a report stands. */
export type ReportStatus =
  /** Actioned (account frozen, number blocked, site taken down) */
  | 'ACTIONED'
  /** Closed */
  | 'CLOSED'
  /** Received */
  | 'RECEIVED'
  /** Under investigation */
  | 'UNDER_INVESTIGATION';

/** The caller's member's requests for assistance; the hub gathers every member's part (Query.myRequests). */
export type RequestOutbox = {
  __typename?: 'RequestOutbox';
  id: Scalars['ID']['output'];
  /** The requests the caller's member addressed to The member. */
  national?: Maybe<RequestsAtMember>;
};

/** Where a request for assistance stands. SUBMITTED -> ACKNOWLEDGED -> ACTIONED or DECLINED; EXPIRED when still open at its due time. */
export type RequestStatus =
  | 'ACKNOWLEDGED'
  | 'ACTIONED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'SUBMITTED';

/** How urgent the requester says a request is. The due time comes from the owner's service levels. */
export type RequestUrgency =
  | 'IMMEDIATE'
  | 'ROUTINE'
  | 'URGENT';

/** One member's part of the caller's requests for assistance (see the hub's Query.myRequests). */
export type RequestsAtMember = {
  __typename?: 'RequestsAtMember';
  /** The level the member's policy applies to the caller: NONE means it declined to answer. */
  level: SharingLevel;
  /** Alpha-2 code of the member that answered. */
  member: Scalars['String']['output'];
  /** Requests the caller's member addressed to this member, newest first (at most 500). */
  requests?: Maybe<Array<AssistanceRequest>>;
};

/** A scam report as a member shares it: never the victim's personal data. */
export type ScamReport = {
  __typename?: 'ScamReport';
  channel: Channel;
  /** The member's own reference for the report. */
  id: Scalars['ID']['output'];
  /** The indicators named in the report, with the role each played. Pivot through `indicator` to other members. */
  indicators: Array<ReportIndicator>;
  loss?: Maybe<Money>;
  /** Alpha-2 code of the member that holds the report. */
  member: Scalars['String']['output'];
  province?: Maybe<Scalars['String']['output']>;
  reportedAt: Scalars['DateTime']['output'];
  scamType: ScamType;
  status: ReportStatus;
};

/** The working group's scam typology. */
export type ScamType =
  /** Hybrid scam (call-center plus remote-access or phishing) */
  | 'HYBRID'
  /** Impersonation of officials, police or banks */
  | 'IMPERSONATION'
  /** Investment and trading fraud (incl. fake crypto platforms, pig butchering) */
  | 'INVESTMENT'
  /** Job or task scam (pay-to-work, click farming) */
  | 'JOB_TASK'
  /** Fake loan or advance-fee loan */
  | 'LOAN'
  /** Online shopping fraud (non-delivery) */
  | 'ONLINE_SHOPPING'
  /** Other */
  | 'OTHER'
  /** Parcel or customs fee scam */
  | 'PARCEL_CUSTOMS'
  /** Romance scam */
  | 'ROMANCE';

/** A watch's new last-seen cursors, as the hub's watchlist gave them. */
export type SeenInput = {
  /** The watched indicator's id. */
  id: Scalars['ID']['input'];
  /** `WatchedIndicator.seenNext` from the hub's watchlist: one opaque cursor per member that answered. */
  seen: Scalars['String']['input'];
};

/** A member's service level over a period: how many requests for assistance it received and how fast it answered them. */
export type ServiceLevelFigures = {
  __typename?: 'ServiceLevelFigures';
  /** Of those, acknowledged (whatever happened next). */
  acknowledged: Scalars['Int']['output'];
  /** Of those, actioned. */
  actioned: Scalars['Int']['output'];
  /** Of those, still open past their due time at the member's clock (they read EXPIRED). */
  expired: Scalars['Int']['output'];
  /** Median time from submission to acknowledgement, in seconds, over the acknowledged ones; null when withheld or none. */
  medianSecondsToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** Median time from submission to action, in seconds, over the actioned ones; null when withheld or none. */
  medianSecondsToAction?: Maybe<Scalars['Float']['output']>;
  /** Requests submitted to the member in the period. */
  requests: Scalars['Int']['output'];
};

/** How much a member shares with a caller, from least to most. */
export type SharingLevel =
  /** Reports, without any personal data. */
  | 'DETAIL'
  /** Hit or no hit, plus a reference to quote in a follow-up request (as in Prüm). */
  | 'HIT'
  /** Nothing: the member declines to answer this caller. */
  | 'NONE'
  /** Bilateral MoU partner: everything the federation can carry. */
  | 'PARTNER'
  /** Counts, losses, dates and scam types. */
  | 'SUMMARY';

/** One group in a statistics breakdown (a scam type, a channel or a month YYYY-MM). */
export type StatsBucket = {
  __typename?: 'StatsBucket';
  key: Scalars['String']['output'];
  losses: Array<Money>;
  reportCount: Scalars['Int']['output'];
};

/** An indicator an analyst watches; stored at the analyst's own member node, nowhere else. */
export type Watch = {
  __typename?: 'Watch';
  indicator: Indicator;
  /** The members' cursors at the last `markSeen` (opaque; empty before the first). */
  seen: Scalars['String']['output'];
  /** When the analyst started watching it. */
  since: Scalars['DateTime']['output'];
};

/** A watched indicator with the last-seen cursors of every member; each member answers what changed since its own. */
export type WatchedIndicator = {
  __typename?: 'WatchedIndicator';
  /** The indicator's id. */
  id: Scalars['ID']['output'];
  /** What changed at The member since the analyst last saw it, at the caller's level. */
  national?: Maybe<IndicatorChangeSince>;
  /** The members' cursors at the last `markSeen` (opaque; empty before the first). */
  seen: Scalars['String']['output'];
};

/** The caller's watchlist (the hub's Query.watchlist); only the caller's own member's node holds it. */
export type Watchlist = {
  __typename?: 'Watchlist';
  id: Scalars['ID']['output'];
  /** The caller's watches when The member is the caller's member; `own: false` otherwise. */
  national?: Maybe<WatchlistPart>;
};

/** One member's part of the caller's watchlist: only the caller's own member holds one. */
export type WatchlistPart = {
  __typename?: 'WatchlistPart';
  member: Scalars['String']['output'];
  /** Whether this node is the caller's own member's (the only one holding the caller's watches). */
  own: Scalars['Boolean']['output'];
  /** The caller's watches, oldest first; null unless `own`. */
  watches?: Maybe<Array<Watch>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  CorrelatedIndicator: CorrelatedIndicator;
  Indicator: Indicator;
  Region: Region;
  RequestOutbox: RequestOutbox;
  WatchedIndicator: WatchedIndicator;
  Watchlist: Watchlist;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CorrelatedIndicator:
    ( { __typename: 'CorrelatedIndicator' }
    & GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"fingerprint":true,"from":true,"to":true}> );
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true,"from":true,"to":true}> );
  RequestOutbox:
    ( { __typename: 'RequestOutbox' }
    & GraphQLRecursivePick<FederationTypes['RequestOutbox'], {"id":true}> );
  WatchedIndicator:
    ( { __typename: 'WatchedIndicator' }
    & GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"id":true,"seen":true}> );
  Watchlist:
    ( { __typename: 'Watchlist' }
    & GraphQLRecursivePick<FederationTypes['Watchlist'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssistanceAction: AssistanceAction;
  AssistanceRequest: ResolverTypeWrapper<RequestParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssistanceRequestInput: AssistanceRequestInput;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Channel: Channel;
  CorrelatedIndicator: ResolverTypeWrapper<CorrelatedParent>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FeedbackInput: FeedbackInput;
  FeedbackVerdict: FeedbackVerdict;
  Indicator: ResolverTypeWrapper<IndicatorParent>;
  IndicatorChange: ResolverTypeWrapper<ChangeParent>;
  IndicatorChangeKind: IndicatorChangeKind;
  IndicatorChangePage: ResolverTypeWrapper<ChangePageParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  IndicatorChangeSince: ResolverTypeWrapper<ChangeSinceParent>;
  IndicatorCount: ResolverTypeWrapper<IndicatorCount>;
  IndicatorFeedback: ResolverTypeWrapper<IndicatorFeedback>;
  IndicatorKind: IndicatorKind;
  IndicatorRole: IndicatorRole;
  Money: ResolverTypeWrapper<MoneyParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalMutations: ResolverTypeWrapper<MutationsParent>;
  NationalNode: ResolverTypeWrapper<NodeParent>;
  NationalSighting: ResolverTypeWrapper<SightingParent>;
  NationalStats: ResolverTypeWrapper<StatsParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Redaction: ResolverTypeWrapper<Redaction>;
  Region: ResolverTypeWrapper<RegionParent>;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges'> & { edges: Array<ResolversTypes['ReportEdge']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['ScamReport'] }>;
  ReportFilter: ReportFilter;
  ReportIndicator: ResolverTypeWrapper<ReportIndicatorParent>;
  ReportStatus: ReportStatus;
  RequestOutbox: ResolverTypeWrapper<OutboxParent>;
  RequestStatus: RequestStatus;
  RequestUrgency: RequestUrgency;
  RequestsAtMember: ResolverTypeWrapper<RequestsAtMemberParent>;
  ScamReport: ResolverTypeWrapper<ReportParent>;
  ScamType: ScamType;
  SeenInput: SeenInput;
  ServiceLevelFigures: ResolverTypeWrapper<ServiceLevelFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SharingLevel: SharingLevel;
  StatsBucket: ResolverTypeWrapper<BucketParent>;
  Watch: ResolverTypeWrapper<WatchParent>;
  WatchedIndicator: ResolverTypeWrapper<WatchedParent>;
  Watchlist: ResolverTypeWrapper<WatchlistParent>;
  WatchlistPart: ResolverTypeWrapper<WatchlistPartParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssistanceRequest: RequestParent;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AssistanceRequestInput: AssistanceRequestInput;
  AuditEntry: AuditEntry;
  Int: Scalars['Int']['output'];
  CorrelatedIndicator: CorrelatedParent;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  FeedbackInput: FeedbackInput;
  Indicator: IndicatorParent;
  IndicatorChange: ChangeParent;
  IndicatorChangePage: ChangePageParent;
  Boolean: Scalars['Boolean']['output'];
  IndicatorChangeSince: ChangeSinceParent;
  IndicatorCount: IndicatorCount;
  IndicatorFeedback: IndicatorFeedback;
  Money: MoneyParent;
  Mutation: Record<PropertyKey, never>;
  NationalMutations: MutationsParent;
  NationalNode: NodeParent;
  NationalSighting: SightingParent;
  NationalStats: StatsParent;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Redaction: Redaction;
  Region: RegionParent;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['ScamReport'] };
  ReportFilter: ReportFilter;
  ReportIndicator: ReportIndicatorParent;
  RequestOutbox: OutboxParent;
  RequestsAtMember: RequestsAtMemberParent;
  ScamReport: ReportParent;
  SeenInput: SeenInput;
  ServiceLevelFigures: ServiceLevelFigures;
  Float: Scalars['Float']['output'];
  StatsBucket: BucketParent;
  Watch: WatchParent;
  WatchedIndicator: WatchedParent;
  Watchlist: WatchlistParent;
  WatchlistPart: WatchlistPartParent;
};

export type AssistanceRequestResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['AssistanceRequest'] = ResolversParentTypes['AssistanceRequest']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['AssistanceAction'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
  subjectReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['RequestUrgency'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  digests?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  operationHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reports?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  requesterMember?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrelatedIndicatorResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['CorrelatedIndicator'] = ResolversParentTypes['CorrelatedIndicator'], FederationReferenceType extends FederationReferenceTypes['CorrelatedIndicator'] = FederationReferenceTypes['CorrelatedIndicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CorrelatedIndicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  national?: Resolver<Maybe<ResolversTypes['IndicatorCount']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type IndicatorResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  national?: Resolver<Maybe<ResolversTypes['NationalSighting']>, ParentType, ContextType>;
};

export type IndicatorChangeResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['IndicatorChange'] = ResolversParentTypes['IndicatorChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['IndicatorChangeKind'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
};

export type IndicatorChangePageResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['IndicatorChangePage'] = ResolversParentTypes['IndicatorChangePage']> = {
  endCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['IndicatorChange']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorChangeSinceResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['IndicatorChangeSince'] = ResolversParentTypes['IndicatorChangeSince']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['IndicatorChangeKind']>, ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
};

export type IndicatorCountResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['IndicatorCount'] = ResolversParentTypes['IndicatorCount']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  reportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IndicatorFeedbackResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['IndicatorFeedback'] = ResolversParentTypes['IndicatorFeedback']> = {
  action?: Resolver<Maybe<ResolversTypes['AssistanceAction']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['FeedbackVerdict'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  national?: Resolver<Maybe<ResolversTypes['NationalMutations']>, ParentType, ContextType>;
};

export type NationalMutationsResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['NationalMutations'] = ResolversParentTypes['NationalMutations']> = {
  acknowledgeRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<NationalMutationsAcknowledgeRequestArgs, 'reference'>>;
  actionRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<NationalMutationsActionRequestArgs, 'reference'>>;
  declineRequest?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<NationalMutationsDeclineRequestArgs, 'reason' | 'reference'>>;
  markSeen?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType, RequireFields<NationalMutationsMarkSeenArgs, 'seen'>>;
  recordFeedback?: Resolver<ResolversTypes['IndicatorFeedback'], ParentType, ContextType, RequireFields<NationalMutationsRecordFeedbackArgs, 'input'>>;
  requestAssistance?: Resolver<ResolversTypes['AssistanceRequest'], ParentType, ContextType, RequireFields<NationalMutationsRequestAssistanceArgs, 'input'>>;
  unwatch?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType, RequireFields<NationalMutationsUnwatchArgs, 'ids'>>;
  watch?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType, RequireFields<NationalMutationsWatchArgs, 'ids'>>;
};

export type NationalNodeResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['NationalNode'] = ResolversParentTypes['NationalNode']> = {
  assistanceRequest?: Resolver<Maybe<ResolversTypes['AssistanceRequest']>, ParentType, ContextType, RequireFields<NationalNodeAssistanceRequestArgs, 'reference'>>;
  assistanceRequests?: Resolver<Array<ResolversTypes['AssistanceRequest']>, ParentType, ContextType, RequireFields<NationalNodeAssistanceRequestsArgs, 'first'>>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<NationalNodeAuditLogArgs, 'first'>>;
  changes?: Resolver<Maybe<ResolversTypes['IndicatorChangePage']>, ParentType, ContextType, RequireFields<NationalNodeChangesArgs, 'first'>>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ScamReport']>, ParentType, ContextType, RequireFields<NationalNodeReportArgs, 'id'>>;
  reports?: Resolver<Maybe<ResolversTypes['ReportConnection']>, ParentType, ContextType, RequireFields<NationalNodeReportsArgs, 'first'>>;
  sighting?: Resolver<Maybe<ResolversTypes['NationalSighting']>, ParentType, ContextType, RequireFields<NationalNodeSightingArgs, 'reference'>>;
  stats?: Resolver<ResolversTypes['NationalStats'], ParentType, ContextType, Partial<NationalNodeStatsArgs>>;
};

export type NationalSightingResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['NationalSighting'] = ResolversParentTypes['NationalSighting']> = {
  channels?: Resolver<Maybe<Array<ResolversTypes['Channel']>>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<Array<ResolversTypes['IndicatorFeedback']>>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reports?: Resolver<Maybe<Array<ResolversTypes['ScamReport']>>, ParentType, ContextType, RequireFields<NationalSightingReportsArgs, 'first'>>;
  scamTypes?: Resolver<Maybe<Array<ResolversTypes['ScamType']>>, ParentType, ContextType>;
  totalLoss?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
};

export type NationalStatsResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['NationalStats'] = ResolversParentTypes['NationalStats']> = {
  byChannel?: Resolver<Maybe<Array<ResolversTypes['StatsBucket']>>, ParentType, ContextType>;
  byMonth?: Resolver<Maybe<Array<ResolversTypes['StatsBucket']>>, ParentType, ContextType>;
  byScamType?: Resolver<Maybe<Array<ResolversTypes['StatsBucket']>>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  indicatorFingerprints?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  losses?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
  reportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceLevel?: Resolver<Maybe<ResolversTypes['ServiceLevelFigures']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  topIndicators?: Resolver<Maybe<Array<ResolversTypes['IndicatorCount']>>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  national?: Resolver<Maybe<ResolversTypes['NationalNode']>, ParentType, ContextType>;
};

export type RedactionResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Redaction'] = ResolversParentTypes['Redaction']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  levelNeeded?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  national?: Resolver<Maybe<ResolversTypes['NationalStats']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ReportConnectionResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportEdgeResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ScamReport'], ParentType, ContextType>;
};

export type ReportIndicatorResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['ReportIndicator'] = ResolversParentTypes['ReportIndicator']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['IndicatorRole'], ParentType, ContextType>;
};

export type RequestOutboxResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['RequestOutbox'] = ResolversParentTypes['RequestOutbox'], FederationReferenceType extends FederationReferenceTypes['RequestOutbox'] = FederationReferenceTypes['RequestOutbox']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RequestOutbox']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  national?: Resolver<Maybe<ResolversTypes['RequestsAtMember']>, ParentType, ContextType>;
};

export type RequestsAtMemberResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['RequestsAtMember'] = ResolversParentTypes['RequestsAtMember']> = {
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requests?: Resolver<Maybe<Array<ResolversTypes['AssistanceRequest']>>, ParentType, ContextType>;
};

export type ScamReportResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['ScamReport'] = ResolversParentTypes['ScamReport']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['ReportIndicator']>, ParentType, ContextType>;
  loss?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scamType?: Resolver<ResolversTypes['ScamType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
};

export type ServiceLevelFiguresResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['ServiceLevelFigures'] = ResolversParentTypes['ServiceLevelFigures']> = {
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actioned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianSecondsToAcknowledge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianSecondsToAction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsBucketResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WatchResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  seen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WatchedIndicatorResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['WatchedIndicator'] = ResolversParentTypes['WatchedIndicator'], FederationReferenceType extends FederationReferenceTypes['WatchedIndicator'] = FederationReferenceTypes['WatchedIndicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WatchedIndicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  national?: Resolver<Maybe<ResolversTypes['IndicatorChangeSince']>, ParentType, ContextType>;
  seen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WatchlistResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Watchlist'] = ResolversParentTypes['Watchlist'], FederationReferenceType extends FederationReferenceTypes['Watchlist'] = FederationReferenceTypes['Watchlist']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Watchlist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  national?: Resolver<Maybe<ResolversTypes['WatchlistPart']>, ParentType, ContextType>;
};

export type WatchlistPartResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['WatchlistPart'] = ResolversParentTypes['WatchlistPart']> = {
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  own?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  watches?: Resolver<Maybe<Array<ResolversTypes['Watch']>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = NationalContext> = {
  AssistanceRequest?: AssistanceRequestResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CorrelatedIndicator?: CorrelatedIndicatorResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorChange?: IndicatorChangeResolvers<ContextType>;
  IndicatorChangePage?: IndicatorChangePageResolvers<ContextType>;
  IndicatorChangeSince?: IndicatorChangeSinceResolvers<ContextType>;
  IndicatorCount?: IndicatorCountResolvers<ContextType>;
  IndicatorFeedback?: IndicatorFeedbackResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalMutations?: NationalMutationsResolvers<ContextType>;
  NationalNode?: NationalNodeResolvers<ContextType>;
  NationalSighting?: NationalSightingResolvers<ContextType>;
  NationalStats?: NationalStatsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redaction?: RedactionResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ReportIndicator?: ReportIndicatorResolvers<ContextType>;
  RequestOutbox?: RequestOutboxResolvers<ContextType>;
  RequestsAtMember?: RequestsAtMemberResolvers<ContextType>;
  ScamReport?: ScamReportResolvers<ContextType>;
  ServiceLevelFigures?: ServiceLevelFiguresResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WatchedIndicator?: WatchedIndicatorResolvers<ContextType>;
  Watchlist?: WatchlistResolvers<ContextType>;
  WatchlistPart?: WatchlistPartResolvers<ContextType>;
};

