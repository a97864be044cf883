import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeParent, IndicatorParent, SightingParent, ReportParent, ReportIndicatorParent, RegionParent, StatsParent, BucketParent, MoneyParent } from '../parents.js';
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

/** One answer this node gave to another member's caller, hash-chained to the one before. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  at: Scalars['DateTime']['output'];
  /** Keyed digests of the indicators the answer touched. */
  digests: Array<Scalars['String']['output']>;
  hash: Scalars['String']['output'];
  id: Scalars['Int']['output'];
  level: SharingLevel;
  /** SHA-256 of the operation text. */
  operationHash: Scalars['String']['output'];
  prevHash: Scalars['String']['output'];
  /** Fields withheld in the answer. */
  redactions: Array<Scalars['String']['output']>;
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

/** A scam indicator, identified across the federation by its keyed digest. */
export type Indicator = {
  __typename?: 'Indicator';
  /** `<KIND>:<keyId>:<hex digest>`: carries no raw value. */
  id: Scalars['ID']['output'];
  /** What The member shares about this indicator. */
  national?: Maybe<NationalSighting>;
};

/** An indicator and how many of one member's reports name it. */
export type IndicatorCount = {
  __typename?: 'IndicatorCount';
  /** The indicator's keyed id (no raw value). */
  id: Scalars['ID']['output'];
  kind: IndicatorKind;
  reportCount: Scalars['Int']['output'];
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

/** A member's national node: search and statistics over the member's own reports. */
export type NationalNode = {
  __typename?: 'NationalNode';
  /** This node's audit log, newest first: for the member's own auditors only (FORBIDDEN otherwise). */
  auditLog: Array<AuditEntry>;
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
  /** Counts and losses, by scam type, channel and month. */
  stats: NationalStats;
};


/** A member's national node: search and statistics over the member's own reports. */
export type NationalNodeAuditLogArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type NationalNodeStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What one member knows about an indicator, as much as its policy lets this caller see. */
export type NationalSighting = {
  __typename?: 'NationalSighting';
  channels?: Maybe<Array<Channel>>;
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the member has at least one report naming the indicator. */
  hit: Scalars['Boolean']['output'];
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
  /** The level of detail the member applied to the caller. */
  level: SharingLevel;
  losses?: Maybe<Array<Money>>;
  member: Scalars['String']['output'];
  /** Fields withheld by the member's policy (null above). */
  redactions: Array<Redaction>;
  /** Needs SUMMARY, like the losses and breakdowns. */
  reportCount?: Maybe<Scalars['Int']['output']>;
  /** The member's most reported indicators in the period (at most 50), as keyed ids: the hub intersects them across members for the cross-border hot list. Needs HIT. */
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
  Indicator: Indicator;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true,"from":true,"to":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Channel: Channel;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndicatorCount: ResolverTypeWrapper<IndicatorCount>;
  IndicatorKind: IndicatorKind;
  IndicatorRole: IndicatorRole;
  Money: ResolverTypeWrapper<MoneyParent>;
  NationalNode: ResolverTypeWrapper<NodeParent>;
  NationalSighting: ResolverTypeWrapper<SightingParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  ScamReport: ResolverTypeWrapper<ReportParent>;
  ScamType: ScamType;
  SharingLevel: SharingLevel;
  StatsBucket: ResolverTypeWrapper<BucketParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntry;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Indicator: IndicatorParent;
  ID: Scalars['ID']['output'];
  IndicatorCount: IndicatorCount;
  Money: MoneyParent;
  NationalNode: NodeParent;
  NationalSighting: SightingParent;
  Boolean: Scalars['Boolean']['output'];
  NationalStats: StatsParent;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Redaction: Redaction;
  Region: RegionParent;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['ScamReport'] };
  ReportFilter: ReportFilter;
  ReportIndicator: ReportIndicatorParent;
  ScamReport: ReportParent;
  StatsBucket: BucketParent;
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
  requesterMember?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type IndicatorCountResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['IndicatorCount'] = ResolversParentTypes['IndicatorCount']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NationalNodeResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['NationalNode'] = ResolversParentTypes['NationalNode']> = {
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<NationalNodeAuditLogArgs, 'first'>>;
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ScamReport']>, ParentType, ContextType, RequireFields<NationalNodeReportArgs, 'id'>>;
  reports?: Resolver<Maybe<ResolversTypes['ReportConnection']>, ParentType, ContextType, RequireFields<NationalNodeReportsArgs, 'first'>>;
  stats?: Resolver<ResolversTypes['NationalStats'], ParentType, ContextType, Partial<NationalNodeStatsArgs>>;
};

export type NationalSightingResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['NationalSighting'] = ResolversParentTypes['NationalSighting']> = {
  channels?: Resolver<Maybe<Array<ResolversTypes['Channel']>>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  level?: Resolver<ResolversTypes['SharingLevel'], ParentType, ContextType>;
  losses?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redactions?: Resolver<Array<ResolversTypes['Redaction']>, ParentType, ContextType>;
  reportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type StatsBucketResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  losses?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = NationalContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorCount?: IndicatorCountResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
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
  ScamReport?: ScamReportResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
};

