import type { Member } from '../../../schema/registry.js';
import type { Caller } from '../../../shared/identity/Caller.js';
import type { NationalStore } from '../db/NationalStore.js';
import type { AuditLog } from '../audit/AuditLog.js';
import type { AssistanceRequests } from '../requests/AssistanceRequests.js';
import type { IndicatorFeedbacks } from '../feedback/IndicatorFeedbacks.js';
import type { DisclosureLimits, PolicyDecision } from '../policy/index.js';
import type { NationalLoaders } from './createLoaders.js';
import type { ChangeFeed } from '../feed/ChangeFeed.js';
import type { Watchlists } from '../feed/Watchlists.js';
import type { SharingLevel } from './__generated__/resolvers.js';

/** Built per request: loaders never outlive a request, so one caller's cache never serves another. */
export interface NationalContext {
  member: Member;
  /** The key generations whose indicator ids this node answers (ACCEPTED_KEY_IDS). */
  keyIds: readonly string[];
  store: NationalStore;
  loaders: NationalLoaders;
  /** Who asked, as the gateway's assertion for this request says (SubgraphGuard). */
  caller: Caller;
  /** The owner's policy decision for this caller. */
  decision: PolicyDecision;
  /** The sharing level this node applies to the caller (decision.level). */
  level: SharingLevel;
  /** The owner's limits on small cells and narrow windows (for callers below DETAIL). */
  limits: DisclosureLimits;
  auditLog: AuditLog;
  /** Requests for assistance addressed to this member (one per node, shared by every request). */
  requests: AssistanceRequests;
  /** This member's verdicts on indicators it holds. */
  feedback: IndicatorFeedbacks;
  /** This node's change feed, at the caller's level (one per node). */
  changeFeed: ChangeFeed;
  /** This member's analysts' watchlists (one per node). */
  watchlists: Watchlists;
  /** What the answer touched and withheld, for the audit entry written when the response is sent. */
  audit: { digests: Set<string>; withheld: Set<string>; reports: Set<string> };
}
