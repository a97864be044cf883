import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IndicatorParent, RegionParent, MemberParent, CorrelatedParent, CorrelationParent } from '../parents.js';
import type { OutboxParent, RequestRep } from '../myRequests.js';
import type { WatchlistParent, WatchedParent, MemberChangeParent } from '../watchlist.js';
import type { HubContext } from '../HubContext.js';
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

/** A member that acted on an indicator. */
export type ActionedIn = {
  __typename?: 'ActionedIn';
  action?: Maybe<AssistanceAction>;
  member: Scalars['String']['output'];
  since: Scalars['Date']['output'];
};

/** The members' verdicts on an indicator: a false positive lowers its weight; nothing is deleted. */
export type Assessment = {
  __typename?: 'Assessment';
  actionedIn: Array<ActionedIn>;
  /** Members reporting it that have not called it a false positive: what the region should weigh. */
  activeMembers: Scalars['Int']['output'];
  confirmedIn: Array<Scalars['String']['output']>;
  falsePositiveIn: Array<Scalars['String']['output']>;
  /** Members reporting it (false positives included: their reports stay). */
  hitMembers: Scalars['Int']['output'];
  /** In words, e.g. `FREEZE_ACCOUNT in KH since 2026-05-01; false positive in SG`; null without any verdict. */
  summary?: Maybe<Scalars['String']['output']>;
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

/** The benign list, and its entry, that a value is on. */
export type Benign = {
  __typename?: 'Benign';
  /** The list's name, e.g. `National hotlines and anti-scam centres`. */
  list: Scalars['String']['output'];
  /** The member whose list holds the value. */
  member: Member;
  /** The entry's name, e.g. `ScamShield Helpline`. */
  name: Scalars['String']['output'];
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
  brn?: Maybe<IndicatorCount>;
  fingerprint: Scalars['ID']['output'];
  from: Scalars['Date']['output'];
  idn?: Maybe<IndicatorCount>;
  indicator?: Maybe<Indicator>;
  khm?: Maybe<IndicatorCount>;
  kind?: Maybe<IndicatorKind>;
  lao?: Maybe<IndicatorCount>;
  /** The members holding it, among those that took part. */
  members?: Maybe<Array<Member>>;
  mmr?: Maybe<IndicatorCount>;
  mys?: Maybe<IndicatorCount>;
  phl?: Maybe<IndicatorCount>;
  /** Reports naming it, summed over the members that disclose a count (a count under a member's k is not added). */
  reportCount?: Maybe<Scalars['Int']['output']>;
  sgp?: Maybe<IndicatorCount>;
  tha?: Maybe<IndicatorCount>;
  tls?: Maybe<IndicatorCount>;
  to: Scalars['Date']['output'];
  vnm?: Maybe<IndicatorCount>;
};

/** A page of the region's correlation. */
export type Correlation = {
  __typename?: 'Correlation';
  /** Members that took part (answered), refused (below SUMMARY or under their k) or were unreachable. */
  coverage: Coverage;
  endCursor?: Maybe<Scalars['String']['output']>;
  entries: Array<CorrelatedIndicator>;
  hasNextPage: Scalars['Boolean']['output'];
  /** Indicators shared by two or more of the members that took part, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Who took part in an answer. */
export type Coverage = {
  __typename?: 'Coverage';
  /** Members that answered (hit or no hit). */
  answered: Array<Scalars['String']['output']>;
  /** Members asked. */
  asked: Scalars['Int']['output'];
  /** True when every member answered. */
  complete: Scalars['Boolean']['output'];
  /** Members whose policy declined this caller (level NONE; for statistics also HIT, or figures withheld under the member's k). */
  refused: Array<Scalars['String']['output']>;
  /** Members that could not be reached or failed: their part of the answer is missing, not zero. */
  unavailable: Array<Scalars['String']['output']>;
};

/** A member's verdict on an indicator it holds (issue 11: feedback). Recorded at its own node; nothing is deleted. */
export type FeedbackVerdict =
  /** The member acted on it: frozen, blocked or taken down. */
  | 'ACTIONED'
  /** The member checked it and confirms it is used for scams. */
  | 'CONFIRMED'
  /** The member found it is not a scam indicator: the region should weigh it less. */
  | 'FALSE_POSITIVE';

/** An indicator reported in two or more members in the period. */
export type HotIndicator = {
  __typename?: 'HotIndicator';
  indicator: Indicator;
  kind: IndicatorKind;
  /** The members whose most reported indicators include it. */
  members: Array<Member>;
  /** Reports naming it, summed over those members that disclose a count (a count under a member's k is withheld and not added). */
  reportCount: Scalars['Int']['output'];
};

/** A scam indicator, identified across the federation by its keyed digest. */
export type Indicator = {
  __typename?: 'Indicator';
  /** What the members say after checking or acting on it (members sharing SUMMARY with the caller). */
  assessment?: Maybe<Assessment>;
  /**
   * Set when the value is on a member's benign list (a national hotline, an official government or bank
   * domain): such a value is never a scam indicator, and `sightings` is empty for it.
   */
  benign?: Maybe<Benign>;
  brn?: Maybe<NationalSighting>;
  /** Which members answered, refused or could not be reached: 'no hit' and 'not searched' never look the same. */
  coverage?: Maybe<Coverage>;
  /** `<KIND>:<keyId>:<hex digest>`: carries no raw value. */
  id: Scalars['ID']['output'];
  idn?: Maybe<NationalSighting>;
  khm?: Maybe<NationalSighting>;
  kind: IndicatorKind;
  lao?: Maybe<NationalSighting>;
  mmr?: Maybe<NationalSighting>;
  mys?: Maybe<NationalSighting>;
  phl?: Maybe<NationalSighting>;
  sgp?: Maybe<NationalSighting>;
  /** One entry per member with a hit, as much as each member shares with the caller. */
  sightings?: Maybe<Array<Sighting>>;
  tha?: Maybe<NationalSighting>;
  tls?: Maybe<NationalSighting>;
  vnm?: Maybe<NationalSighting>;
};

/** What happened to an indicator at a member since a cursor. */
export type IndicatorChangeKind =
  /** The member had no report naming it before the cursor and has one now. */
  | 'NEW'
  /** The member already held it and has recorded more about it since (a report, a verdict). */
  | 'UPDATED';

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

export type IndicatorInput = {
  kind: IndicatorKind;
  /** Alpha-2 member code for national phone and account formats. */
  region?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
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

/** Why one input item was rejected. */
export type InputProblem = {
  __typename?: 'InputProblem';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** An ASEAN member state taking part in the federation. */
export type Member = {
  __typename?: 'Member';
  /** ISO 3166-1 alpha-2 code, e.g. TH. */
  code: Scalars['String']['output'];
  /** ISO 4217 currency its losses are reported in. */
  currency: Scalars['String']['output'];
  /** Date of accession to ASEAN. */
  joined: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  /** The member's namespace in this schema (lowercase alpha-3), e.g. tha. */
  ns: Scalars['String']['output'];
  /** Indicative US dollars per unit of the member's currency (registry rate table, see Region.ratesAsOf). */
  usdPerUnit: Scalars['Float']['output'];
};

/** A change at one member. */
export type MemberChange = {
  __typename?: 'MemberChange';
  /** When the member recorded it; null below SUMMARY. */
  at?: Maybe<Scalars['DateTime']['output']>;
  change: IndicatorChangeKind;
  level: SharingLevel;
  member: Member;
};

/** One member's service level for requests for assistance submitted to it in a period. */
export type MemberServiceLevel = {
  __typename?: 'MemberServiceLevel';
  acknowledged: Scalars['Int']['output'];
  actioned: Scalars['Int']['output'];
  expired: Scalars['Int']['output'];
  medianSecondsToAcknowledge?: Maybe<Scalars['Float']['output']>;
  medianSecondsToAction?: Maybe<Scalars['Float']['output']>;
  member: Member;
  requests: Scalars['Int']['output'];
};

export type MemberStats = {
  __typename?: 'MemberStats';
  /** Losses converted to US dollars at the registry's indicative rate: for comparing members on one axis, not for accounting. */
  indicativeUsd: Scalars['Decimal']['output'];
  losses: Array<Money>;
  member: Member;
  reportCount: Scalars['Int']['output'];
};

/** An amount in one currency. Amounts in different currencies are never added together. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
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
  /** Channels through which victims were approached. */
  channels: Array<TypologyEntry>;
  /**
   * Look an indicator up across the region. `value` may be written in any common spelling; `region` (an
   * alpha-2 member code) reads national phone and account formats. Invalid input: BAD_USER_INPUT naming why.
   */
  indicator: Indicator;
  /** An indicator by its id (`<KIND>:<keyId>:<digest>`): for clients that key indicators themselves and never send raw values. */
  indicatorById: Indicator;
  /** Indicator kinds and their canonical forms. */
  indicatorKinds: Array<TypologyEntry>;
  /** The ASEAN member states taking part, from the member registry. */
  members: Array<Member>;
  /** The requests for assistance the caller's member has sent, gathered from every member, with coverage. */
  myRequests: RequestOutbox;
  /** Regional statistics for a period (from inclusive, to exclusive), for dashboards. */
  region: Region;
  /** The working group's scam typology. */
  scamTypes: Array<TypologyEntry>;
  /**
   * Screen many indicators at once (up to 10,000). Each member answers the whole batch in one call; an invalid
   * item gets its own `problem` and does not fail the others.
   */
  screen: Array<ScreenResult>;
  /**
   * The caller's watchlist: the watches kept at the caller's own member's node, each with what changed at
   * every member since the caller last saw it (`markSeen` at the own node moves the cursors).
   */
  watchlist: Watchlist;
};


export type QueryIndicatorArgs = {
  kind: IndicatorKind;
  region?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};


export type QueryIndicatorByIdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryScreenArgs = {
  indicators: Array<IndicatorInput>;
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
  brn?: Maybe<NationalStats>;
  /** Each member's figures for the period (members that answered). */
  byMember?: Maybe<Array<MemberStats>>;
  /**
   * Every indicator present in two or more members in the period, most members first, then most reports,
   * paged (`first` at most 500; `after` is the previous page's `endCursor`). Only members whose policy gives
   * the caller lists (SUMMARY or more) take part, and `coverage` names them; members send fingerprints of
   * keyed ids, never values.
   */
  correlation?: Maybe<Correlation>;
  coverage?: Maybe<Coverage>;
  from: Scalars['Date']['output'];
  /** Indicators among the answering members' most reported ones that appear in two or more members, most members first. Only members that `coverage` lists as answered (SUMMARY or more) take part. */
  hotList?: Maybe<Array<HotIndicator>>;
  id: Scalars['ID']['output'];
  idn?: Maybe<NationalStats>;
  khm?: Maybe<NationalStats>;
  lao?: Maybe<NationalStats>;
  mmr?: Maybe<NationalStats>;
  mys?: Maybe<NationalStats>;
  phl?: Maybe<NationalStats>;
  /** The date of the registry's indicative exchange rates used for `indicativeUsd` figures. */
  ratesAsOf: Scalars['Date']['output'];
  /**
   * Each member's service level for requests for assistance submitted to it in the period (median time to
   * acknowledge and to action), as much as each member's policy shares (SUMMARY; figures under its k withheld).
   */
  serviceLevels?: Maybe<RegionServiceLevels>;
  sgp?: Maybe<NationalStats>;
  tha?: Maybe<NationalStats>;
  tls?: Maybe<NationalStats>;
  to: Scalars['Date']['output'];
  /** Regional totals; losses stay per currency. */
  totals?: Maybe<RegionTotals>;
  vnm?: Maybe<NationalStats>;
};


/** The region over one period; the key carries the period so each member computes its part for it. */
export type RegionCorrelationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The region over one period; the key carries the period so each member computes its part for it. */
export type RegionHotListArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The members' service levels for a period (Region.serviceLevels). */
export type RegionServiceLevels = {
  __typename?: 'RegionServiceLevels';
  /** Members whose figures reached the caller, in registry order. */
  byMember: Array<MemberServiceLevel>;
  /** Members that answered; refused: below SUMMARY, or figures withheld under the member's k; unavailable: no answer. */
  coverage: Coverage;
};

/** Sums over the members that answered. Losses are summed per currency, never across currencies. */
export type RegionTotals = {
  __typename?: 'RegionTotals';
  byMonth: Array<StatsBucket>;
  byScamType: Array<StatsBucket>;
  /** All losses at the registry's indicative rates, in US dollars. */
  indicativeUsd: Scalars['Decimal']['output'];
  losses: Array<Money>;
  reportCount: Scalars['Int']['output'];
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
  brn?: Maybe<RequestsAtMember>;
  /** Which members answered: a member missing here may hold requests not listed. */
  coverage?: Maybe<Coverage>;
  id: Scalars['ID']['output'];
  idn?: Maybe<RequestsAtMember>;
  khm?: Maybe<RequestsAtMember>;
  lao?: Maybe<RequestsAtMember>;
  mmr?: Maybe<RequestsAtMember>;
  mys?: Maybe<RequestsAtMember>;
  phl?: Maybe<RequestsAtMember>;
  /** Newest first, across every member that answered; `status` filters. */
  requests?: Maybe<Array<AssistanceRequest>>;
  sgp?: Maybe<RequestsAtMember>;
  tha?: Maybe<RequestsAtMember>;
  tls?: Maybe<RequestsAtMember>;
  vnm?: Maybe<RequestsAtMember>;
};


/** The caller's member's requests for assistance; the hub gathers every member's part (Query.myRequests). */
export type RequestOutboxRequestsArgs = {
  status?: InputMaybe<RequestStatus>;
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

/** One screened item: the indicator when the input was valid, the problem when it was not. */
export type ScreenResult = {
  __typename?: 'ScreenResult';
  /** Position of the item in the request. */
  index: Scalars['Int']['output'];
  indicator?: Maybe<Indicator>;
  problem?: Maybe<InputProblem>;
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

/** A member's hit on an indicator. */
export type Sighting = {
  __typename?: 'Sighting';
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  level: SharingLevel;
  member: Member;
  reference?: Maybe<Scalars['ID']['output']>;
  reportCount?: Maybe<Scalars['Int']['output']>;
  scamTypes?: Maybe<Array<ScamType>>;
  totalLoss?: Maybe<Array<Money>>;
};

/** One group in a statistics breakdown (a scam type, a channel or a month YYYY-MM). */
export type StatsBucket = {
  __typename?: 'StatsBucket';
  key: Scalars['String']['output'];
  losses: Array<Money>;
  reportCount: Scalars['Int']['output'];
};

/** An entry of a reference vocabulary. */
export type TypologyEntry = {
  __typename?: 'TypologyEntry';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
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
  brn?: Maybe<IndicatorChangeSince>;
  /** Members with a change since last seen (as much as each member's policy tells the caller). */
  changedIn?: Maybe<Array<MemberChange>>;
  /** Which members answered, refused (NONE) or could not be reached: a member missing here may hold news. */
  coverage?: Maybe<Coverage>;
  id: Scalars['ID']['output'];
  idn?: Maybe<IndicatorChangeSince>;
  indicator: Indicator;
  khm?: Maybe<IndicatorChangeSince>;
  lao?: Maybe<IndicatorChangeSince>;
  mmr?: Maybe<IndicatorChangeSince>;
  mys?: Maybe<IndicatorChangeSince>;
  phl?: Maybe<IndicatorChangeSince>;
  seen: Scalars['String']['output'];
  /** Pass to `markSeen` at your own node: the answering members' new cursors, the others' unchanged. */
  seenNext?: Maybe<Scalars['String']['output']>;
  sgp?: Maybe<IndicatorChangeSince>;
  tha?: Maybe<IndicatorChangeSince>;
  tls?: Maybe<IndicatorChangeSince>;
  vnm?: Maybe<IndicatorChangeSince>;
  /** When the caller started watching it. */
  watchedSince?: Maybe<Scalars['DateTime']['output']>;
};

/** The caller's watchlist (the hub's Query.watchlist); only the caller's own member's node holds it. */
export type Watchlist = {
  __typename?: 'Watchlist';
  brn?: Maybe<WatchlistPart>;
  /** The caller's watches, oldest first; null (with an error) when the caller's own node did not answer. */
  entries?: Maybe<Array<WatchedIndicator>>;
  id: Scalars['ID']['output'];
  idn?: Maybe<WatchlistPart>;
  khm?: Maybe<WatchlistPart>;
  lao?: Maybe<WatchlistPart>;
  mmr?: Maybe<WatchlistPart>;
  mys?: Maybe<WatchlistPart>;
  phl?: Maybe<WatchlistPart>;
  sgp?: Maybe<WatchlistPart>;
  tha?: Maybe<WatchlistPart>;
  tls?: Maybe<WatchlistPart>;
  vnm?: Maybe<WatchlistPart>;
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
    & GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"fingerprint":true,"from":true,"to":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}>
        | GraphQLRecursivePick<FederationTypes['CorrelatedIndicator'], {"idn":{"id":true,"kind":true,"reportCount":true},"mys":{"id":true,"kind":true,"reportCount":true},"phl":{"id":true,"kind":true,"reportCount":true},"sgp":{"id":true,"kind":true,"reportCount":true},"tha":{"id":true,"kind":true,"reportCount":true},"brn":{"id":true,"kind":true,"reportCount":true},"vnm":{"id":true,"kind":true,"reportCount":true},"lao":{"id":true,"kind":true,"reportCount":true},"mmr":{"id":true,"kind":true,"reportCount":true},"khm":{"id":true,"kind":true,"reportCount":true},"tls":{"id":true,"kind":true,"reportCount":true}}> ) );
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"idn":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"mys":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"phl":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"sgp":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"tha":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"brn":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"vnm":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"lao":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"mmr":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"khm":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}},"tls":{"member":true,"level":true,"hit":true,"feedback":{"verdict":true,"action":true,"since":true}}}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"idn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mys":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"phl":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"sgp":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tha":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"brn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"vnm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"lao":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mmr":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"khm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tls":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true}}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"idn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mys":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"phl":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"sgp":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tha":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"brn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"vnm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"lao":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mmr":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"khm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tls":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true}}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"idn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mys":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"phl":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"sgp":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tha":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"brn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"vnm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"lao":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mmr":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"khm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tls":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true}}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"idn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mys":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"phl":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"sgp":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tha":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"brn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"vnm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"lao":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mmr":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"khm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tls":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true}}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"idn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mys":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"phl":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"sgp":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tha":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"brn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"vnm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"lao":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mmr":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"khm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tls":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true}}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"idn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mys":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"phl":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"sgp":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tha":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"brn":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"vnm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"lao":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"mmr":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"khm":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true},"tls":{"member":true,"hit":true,"level":true,"reference":true,"reportCount":true,"firstSeen":true,"lastSeen":true,"totalLoss":{"amount":true,"currency":true},"scamTypes":true}}> ) );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true,"from":true,"to":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"mys":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"phl":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"sgp":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"tha":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"brn":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"vnm":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"lao":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"mmr":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"khm":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"tls":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mys":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"phl":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"sgp":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tha":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"brn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"vnm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"lao":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mmr":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"khm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tls":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mys":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"phl":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"sgp":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tha":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"brn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"vnm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"lao":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mmr":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"khm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tls":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mys":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"phl":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"sgp":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tha":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"brn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"vnm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"lao":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mmr":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"khm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tls":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"mys":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"phl":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"sgp":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"tha":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"brn":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"vnm":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"lao":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"mmr":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"khm":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true},"tls":{"member":true,"level":true,"reportCount":true,"indicatorFingerprints":true}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mys":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"phl":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"sgp":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tha":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"brn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"vnm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"lao":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mmr":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"khm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tls":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mys":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"phl":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"sgp":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tha":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"brn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"vnm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"lao":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mmr":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"khm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tls":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mys":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"phl":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"sgp":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tha":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"brn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"vnm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"lao":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mmr":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"khm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tls":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mys":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"phl":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"sgp":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tha":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"brn":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"vnm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"lao":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"mmr":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"khm":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}},"tls":{"member":true,"level":true,"topIndicators":{"id":true,"kind":true,"reportCount":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mys":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"phl":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"sgp":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tha":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"brn":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"vnm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"lao":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"mmr":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"khm":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}},"tls":{"member":true,"level":true,"serviceLevel":{"requests":true,"acknowledged":true,"actioned":true,"expired":true,"medianSecondsToAcknowledge":true,"medianSecondsToAction":true}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Region'], {"idn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mys":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"phl":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"sgp":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tha":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"brn":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"vnm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"lao":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"mmr":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"khm":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}},"tls":{"member":true,"level":true,"reportCount":true,"losses":{"amount":true,"currency":true},"byScamType":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}},"byMonth":{"key":true,"reportCount":true,"losses":{"amount":true,"currency":true}}}}> ) );
  RequestOutbox:
    ( { __typename: 'RequestOutbox' }
    & GraphQLRecursivePick<FederationTypes['RequestOutbox'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['RequestOutbox'], {"idn":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"mys":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"phl":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"sgp":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"tha":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"brn":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"vnm":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"lao":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"mmr":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"khm":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"tls":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}}}>
        | GraphQLRecursivePick<FederationTypes['RequestOutbox'], {"idn":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"mys":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"phl":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"sgp":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"tha":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"brn":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"vnm":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"lao":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"mmr":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"khm":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"tls":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}}}>
        | GraphQLRecursivePick<FederationTypes['RequestOutbox'], {"idn":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"mys":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"phl":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"sgp":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"tha":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"brn":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"vnm":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"lao":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"mmr":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"khm":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}},"tls":{"member":true,"level":true,"requests":{"reference":true,"owner":true,"requester":true,"action":true,"indicator":{"id":true},"subjectReference":true,"legalBasis":true,"urgency":true,"note":true,"status":true,"submittedAt":true,"dueAt":true,"acknowledgedAt":true,"closedAt":true,"declineReason":true,"response":true,"redactions":{"field":true,"rule":true,"levelNeeded":true}}}}> ) );
  WatchedIndicator:
    ( { __typename: 'WatchedIndicator' }
    & GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"id":true,"seen":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"idn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mys":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"phl":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"sgp":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tha":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"brn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"vnm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"lao":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mmr":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"khm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tls":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true}}>
        | GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"idn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mys":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"phl":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"sgp":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tha":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"brn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"vnm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"lao":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mmr":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"khm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tls":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true}}>
        | GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"idn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mys":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"phl":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"sgp":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tha":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"brn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"vnm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"lao":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mmr":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"khm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tls":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true}}>
        | GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"idn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mys":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"phl":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"sgp":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tha":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"brn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"vnm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"lao":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mmr":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"khm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tls":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true}}>
        | GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"idn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mys":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"phl":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"sgp":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tha":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"brn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"vnm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"lao":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mmr":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"khm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tls":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true}}>
        | GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"idn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mys":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"phl":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"sgp":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tha":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"brn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"vnm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"lao":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mmr":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"khm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tls":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true}}>
        | GraphQLRecursivePick<FederationTypes['WatchedIndicator'], {"idn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mys":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"phl":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"sgp":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tha":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"brn":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"vnm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"lao":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"mmr":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"khm":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true},"tls":{"member":true,"level":true,"hit":true,"change":true,"at":true,"cursor":true}}> ) );
  Watchlist:
    ( { __typename: 'Watchlist' }
    & GraphQLRecursivePick<FederationTypes['Watchlist'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Watchlist'], {"idn":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"mys":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"phl":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"sgp":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"tha":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"brn":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"vnm":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"lao":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"mmr":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"khm":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}},"tls":{"member":true,"own":true,"watches":{"indicator":{"id":true},"since":true,"seen":true}}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionedIn: ResolverTypeWrapper<ActionedIn>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Assessment: ResolverTypeWrapper<Assessment>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssistanceAction: AssistanceAction;
  AssistanceRequest: ResolverTypeWrapper<RequestRep>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Benign: ResolverTypeWrapper<Omit<Benign, 'member'> & { member: ResolversTypes['Member'] }>;
  Channel: Channel;
  CorrelatedIndicator: ResolverTypeWrapper<CorrelatedParent>;
  Correlation: ResolverTypeWrapper<CorrelationParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Coverage: ResolverTypeWrapper<Coverage>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FeedbackVerdict: FeedbackVerdict;
  HotIndicator: ResolverTypeWrapper<Omit<HotIndicator, 'indicator' | 'members'> & { indicator: ResolversTypes['Indicator'], members: Array<ResolversTypes['Member']> }>;
  Indicator: ResolverTypeWrapper<IndicatorParent>;
  IndicatorChangeKind: IndicatorChangeKind;
  IndicatorChangeSince: ResolverTypeWrapper<IndicatorChangeSince>;
  IndicatorCount: ResolverTypeWrapper<IndicatorCount>;
  IndicatorFeedback: ResolverTypeWrapper<IndicatorFeedback>;
  IndicatorInput: IndicatorInput;
  IndicatorKind: IndicatorKind;
  IndicatorRole: IndicatorRole;
  InputProblem: ResolverTypeWrapper<InputProblem>;
  Member: ResolverTypeWrapper<MemberParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MemberChange: ResolverTypeWrapper<MemberChangeParent>;
  MemberServiceLevel: ResolverTypeWrapper<Omit<MemberServiceLevel, 'member'> & { member: ResolversTypes['Member'] }>;
  MemberStats: ResolverTypeWrapper<Omit<MemberStats, 'member'> & { member: ResolversTypes['Member'] }>;
  Money: ResolverTypeWrapper<Money>;
  NationalSighting: ResolverTypeWrapper<Omit<NationalSighting, 'reports'> & { reports?: Maybe<Array<ResolversTypes['ScamReport']>> }>;
  NationalStats: ResolverTypeWrapper<NationalStats>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Redaction: ResolverTypeWrapper<Redaction>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionServiceLevels: ResolverTypeWrapper<Omit<RegionServiceLevels, 'byMember'> & { byMember: Array<ResolversTypes['MemberServiceLevel']> }>;
  RegionTotals: ResolverTypeWrapper<RegionTotals>;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges'> & { edges: Array<ResolversTypes['ReportEdge']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['ScamReport'] }>;
  ReportFilter: ReportFilter;
  ReportIndicator: ResolverTypeWrapper<Omit<ReportIndicator, 'indicator'> & { indicator: ResolversTypes['Indicator'] }>;
  ReportStatus: ReportStatus;
  RequestOutbox: ResolverTypeWrapper<OutboxParent>;
  RequestStatus: RequestStatus;
  RequestUrgency: RequestUrgency;
  RequestsAtMember: ResolverTypeWrapper<Omit<RequestsAtMember, 'requests'> & { requests?: Maybe<Array<ResolversTypes['AssistanceRequest']>> }>;
  ScamReport: ResolverTypeWrapper<Omit<ScamReport, 'indicators'> & { indicators: Array<ResolversTypes['ReportIndicator']> }>;
  ScamType: ScamType;
  ScreenResult: ResolverTypeWrapper<Omit<ScreenResult, 'indicator'> & { indicator?: Maybe<ResolversTypes['Indicator']> }>;
  ServiceLevelFigures: ResolverTypeWrapper<ServiceLevelFigures>;
  SharingLevel: SharingLevel;
  Sighting: ResolverTypeWrapper<Omit<Sighting, 'member'> & { member: ResolversTypes['Member'] }>;
  StatsBucket: ResolverTypeWrapper<StatsBucket>;
  TypologyEntry: ResolverTypeWrapper<TypologyEntry>;
  Watch: ResolverTypeWrapper<Omit<Watch, 'indicator'> & { indicator: ResolversTypes['Indicator'] }>;
  WatchedIndicator: ResolverTypeWrapper<WatchedParent>;
  Watchlist: ResolverTypeWrapper<WatchlistParent>;
  WatchlistPart: ResolverTypeWrapper<Omit<WatchlistPart, 'watches'> & { watches?: Maybe<Array<ResolversTypes['Watch']>> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionedIn: ActionedIn;
  String: Scalars['String']['output'];
  Assessment: Assessment;
  Int: Scalars['Int']['output'];
  AssistanceRequest: RequestRep;
  ID: Scalars['ID']['output'];
  Benign: Omit<Benign, 'member'> & { member: ResolversParentTypes['Member'] };
  CorrelatedIndicator: CorrelatedParent;
  Correlation: CorrelationParent;
  Boolean: Scalars['Boolean']['output'];
  Coverage: Coverage;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  HotIndicator: Omit<HotIndicator, 'indicator' | 'members'> & { indicator: ResolversParentTypes['Indicator'], members: Array<ResolversParentTypes['Member']> };
  Indicator: IndicatorParent;
  IndicatorChangeSince: IndicatorChangeSince;
  IndicatorCount: IndicatorCount;
  IndicatorFeedback: IndicatorFeedback;
  IndicatorInput: IndicatorInput;
  InputProblem: InputProblem;
  Member: MemberParent;
  Float: Scalars['Float']['output'];
  MemberChange: MemberChangeParent;
  MemberServiceLevel: Omit<MemberServiceLevel, 'member'> & { member: ResolversParentTypes['Member'] };
  MemberStats: Omit<MemberStats, 'member'> & { member: ResolversParentTypes['Member'] };
  Money: Money;
  NationalSighting: Omit<NationalSighting, 'reports'> & { reports?: Maybe<Array<ResolversParentTypes['ScamReport']>> };
  NationalStats: NationalStats;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Redaction: Redaction;
  Region: RegionParent;
  RegionServiceLevels: Omit<RegionServiceLevels, 'byMember'> & { byMember: Array<ResolversParentTypes['MemberServiceLevel']> };
  RegionTotals: RegionTotals;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['ScamReport'] };
  ReportFilter: ReportFilter;
  ReportIndicator: Omit<ReportIndicator, 'indicator'> & { indicator: ResolversParentTypes['Indicator'] };
  RequestOutbox: OutboxParent;
  RequestsAtMember: Omit<RequestsAtMember, 'requests'> & { requests?: Maybe<Array<ResolversParentTypes['AssistanceRequest']>> };
  ScamReport: Omit<ScamReport, 'indicators'> & { indicators: Array<ResolversParentTypes['ReportIndicator']> };
  ScreenResult: Omit<ScreenResult, 'indicator'> & { indicator?: Maybe<ResolversParentTypes['Indicator']> };
  ServiceLevelFigures: ServiceLevelFigures;
  Sighting: Omit<Sighting, 'member'> & { member: ResolversParentTypes['Member'] };
  StatsBucket: StatsBucket;
  TypologyEntry: TypologyEntry;
  Watch: Omit<Watch, 'indicator'> & { indicator: ResolversParentTypes['Indicator'] };
  WatchedIndicator: WatchedParent;
  Watchlist: WatchlistParent;
  WatchlistPart: Omit<WatchlistPart, 'watches'> & { watches?: Maybe<Array<ResolversParentTypes['Watch']>> };
};

export type ActionedInResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['ActionedIn'] = ResolversParentTypes['ActionedIn']> = {
  action?: Resolver<Maybe<ResolversTypes['AssistanceAction']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  actionedIn?: Resolver<Array<ResolversTypes['ActionedIn']>, ParentType, ContextType>;
  activeMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedIn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  falsePositiveIn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hitMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssistanceRequestResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['AssistanceRequest'] = ResolversParentTypes['AssistanceRequest']> = {
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

export type BenignResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Benign'] = ResolversParentTypes['Benign']> = {
  list?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrelatedIndicatorResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CorrelatedIndicator'] = ResolversParentTypes['CorrelatedIndicator'], FederationReferenceType extends FederationReferenceTypes['CorrelatedIndicator'] = FederationReferenceTypes['CorrelatedIndicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CorrelatedIndicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['IndicatorKind']>, ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['Member']>>, ParentType, ContextType>;
  reportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CorrelationResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Correlation'] = ResolversParentTypes['Correlation']> = {
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['CorrelatedIndicator']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  answered?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  asked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unavailable?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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

export type HotIndicatorResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['HotIndicator'] = ResolversParentTypes['HotIndicator']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType>;
  benign?: Resolver<Maybe<ResolversTypes['Benign']>, ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  sightings?: Resolver<Maybe<Array<ResolversTypes['Sighting']>>, ParentType, ContextType>;
};

export type IndicatorChangeSinceResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['IndicatorChangeSince'] = ResolversParentTypes['IndicatorChangeSince']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['IndicatorChangeKind']>, ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
};

export type IndicatorCountResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['IndicatorCount'] = ResolversParentTypes['IndicatorCount']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  reportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IndicatorFeedbackResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['IndicatorFeedback'] = ResolversParentTypes['IndicatorFeedback']> = {
  action?: Resolver<Maybe<ResolversTypes['AssistanceAction']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['FeedbackVerdict'], ParentType, ContextType>;
};

export type InputProblemResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['InputProblem'] = ResolversParentTypes['InputProblem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  joined?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ns?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usdPerUnit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MemberChangeResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['MemberChange'] = ResolversParentTypes['MemberChange']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['IndicatorChangeKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MemberServiceLevelResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['MemberServiceLevel'] = ResolversParentTypes['MemberServiceLevel']> = {
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actioned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianSecondsToAcknowledge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianSecondsToAction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberStatsResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['MemberStats'] = ResolversParentTypes['MemberStats']> = {
  indicativeUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NationalSightingResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['NationalSighting'] = ResolversParentTypes['NationalSighting']> = {
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

export type NationalStatsResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['NationalStats'] = ResolversParentTypes['NationalStats']> = {
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

export type PageInfoResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  channels?: Resolver<Array<ResolversTypes['TypologyEntry']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'kind' | 'value'>>;
  indicatorById?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<QueryIndicatorByIdArgs, 'id'>>;
  indicatorKinds?: Resolver<Array<ResolversTypes['TypologyEntry']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  myRequests?: Resolver<ResolversTypes['RequestOutbox'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<QueryRegionArgs, 'from' | 'to'>>;
  scamTypes?: Resolver<Array<ResolversTypes['TypologyEntry']>, ParentType, ContextType>;
  screen?: Resolver<Array<ResolversTypes['ScreenResult']>, ParentType, ContextType, RequireFields<QueryScreenArgs, 'indicators'>>;
  watchlist?: Resolver<ResolversTypes['Watchlist'], ParentType, ContextType>;
};

export type RedactionResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Redaction'] = ResolversParentTypes['Redaction']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  levelNeeded?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  byMember?: Resolver<Maybe<Array<ResolversTypes['MemberStats']>>, ParentType, ContextType>;
  correlation?: Resolver<Maybe<ResolversTypes['Correlation']>, ParentType, ContextType, RequireFields<RegionCorrelationArgs, 'first'>>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hotList?: Resolver<Maybe<Array<ResolversTypes['HotIndicator']>>, ParentType, ContextType, RequireFields<RegionHotListArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ratesAsOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  serviceLevels?: Resolver<Maybe<ResolversTypes['RegionServiceLevels']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['RegionTotals']>, ParentType, ContextType>;
};

export type RegionServiceLevelsResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['RegionServiceLevels'] = ResolversParentTypes['RegionServiceLevels']> = {
  byMember?: Resolver<Array<ResolversTypes['MemberServiceLevel']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
};

export type RegionTotalsResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['RegionTotals'] = ResolversParentTypes['RegionTotals']> = {
  byMonth?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType>;
  byScamType?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType>;
  indicativeUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportConnectionResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportEdgeResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ScamReport'], ParentType, ContextType>;
};

export type ReportIndicatorResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['ReportIndicator'] = ResolversParentTypes['ReportIndicator']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['IndicatorRole'], ParentType, ContextType>;
};

export type RequestOutboxResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['RequestOutbox'] = ResolversParentTypes['RequestOutbox'], FederationReferenceType extends FederationReferenceTypes['RequestOutbox'] = FederationReferenceTypes['RequestOutbox']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RequestOutbox']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requests?: Resolver<Maybe<Array<ResolversTypes['AssistanceRequest']>>, ParentType, ContextType, Partial<RequestOutboxRequestsArgs>>;
};

export type RequestsAtMemberResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['RequestsAtMember'] = ResolversParentTypes['RequestsAtMember']> = {
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requests?: Resolver<Maybe<Array<ResolversTypes['AssistanceRequest']>>, ParentType, ContextType>;
};

export type ScamReportResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['ScamReport'] = ResolversParentTypes['ScamReport']> = {
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

export type ScreenResultResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['ScreenResult'] = ResolversParentTypes['ScreenResult']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['InputProblem']>, ParentType, ContextType>;
};

export type ServiceLevelFiguresResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['ServiceLevelFigures'] = ResolversParentTypes['ServiceLevelFigures']> = {
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actioned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianSecondsToAcknowledge?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianSecondsToAction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SightingResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Sighting'] = ResolversParentTypes['Sighting']> = {
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scamTypes?: Resolver<Maybe<Array<ResolversTypes['ScamType']>>, ParentType, ContextType>;
  totalLoss?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
};

export type StatsBucketResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypologyEntryResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['TypologyEntry'] = ResolversParentTypes['TypologyEntry']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WatchResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  seen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WatchedIndicatorResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WatchedIndicator'] = ResolversParentTypes['WatchedIndicator'], FederationReferenceType extends FederationReferenceTypes['WatchedIndicator'] = FederationReferenceTypes['WatchedIndicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WatchedIndicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changedIn?: Resolver<Maybe<Array<ResolversTypes['MemberChange']>>, ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Coverage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  seen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seenNext?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  watchedSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type WatchlistResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Watchlist'] = ResolversParentTypes['Watchlist'], FederationReferenceType extends FederationReferenceTypes['Watchlist'] = FederationReferenceTypes['Watchlist']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Watchlist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  entries?: Resolver<Maybe<Array<ResolversTypes['WatchedIndicator']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WatchlistPartResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WatchlistPart'] = ResolversParentTypes['WatchlistPart']> = {
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  own?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  watches?: Resolver<Maybe<Array<ResolversTypes['Watch']>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = HubContext> = {
  ActionedIn?: ActionedInResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AssistanceRequest?: AssistanceRequestResolvers<ContextType>;
  Benign?: BenignResolvers<ContextType>;
  CorrelatedIndicator?: CorrelatedIndicatorResolvers<ContextType>;
  Correlation?: CorrelationResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  HotIndicator?: HotIndicatorResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorChangeSince?: IndicatorChangeSinceResolvers<ContextType>;
  IndicatorCount?: IndicatorCountResolvers<ContextType>;
  IndicatorFeedback?: IndicatorFeedbackResolvers<ContextType>;
  InputProblem?: InputProblemResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberChange?: MemberChangeResolvers<ContextType>;
  MemberServiceLevel?: MemberServiceLevelResolvers<ContextType>;
  MemberStats?: MemberStatsResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  NationalSighting?: NationalSightingResolvers<ContextType>;
  NationalStats?: NationalStatsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redaction?: RedactionResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionServiceLevels?: RegionServiceLevelsResolvers<ContextType>;
  RegionTotals?: RegionTotalsResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ReportIndicator?: ReportIndicatorResolvers<ContextType>;
  RequestOutbox?: RequestOutboxResolvers<ContextType>;
  RequestsAtMember?: RequestsAtMemberResolvers<ContextType>;
  ScamReport?: ScamReportResolvers<ContextType>;
  ScreenResult?: ScreenResultResolvers<ContextType>;
  ServiceLevelFigures?: ServiceLevelFiguresResolvers<ContextType>;
  Sighting?: SightingResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
  TypologyEntry?: TypologyEntryResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WatchedIndicator?: WatchedIndicatorResolvers<ContextType>;
  Watchlist?: WatchlistResolvers<ContextType>;
  WatchlistPart?: WatchlistPartResolvers<ContextType>;
};

