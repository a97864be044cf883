import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { members } from '../schema/registry.js';
import type { ErrorCode } from '../shared/errors.js';

type Json = Record<string, unknown>;
/** The value given to an object field of an entity (a member's part); null when the member did not answer. */
type PartOf = (set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>) => Json | null;

function nulls(
  set: SelectionSetNode,
  typename: string | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  out: Json,
  partOf: PartOf = () => null,
): Json {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      out[key] =
        sel.name.value === '__typename'
          ? (typename ?? null)
          : sel.selectionSet
            ? partOf(sel.selectionSet, fragments)
            : null;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!sel.typeCondition || !typename || sel.typeCondition.name.value === typename)
        nulls(sel.selectionSet, typename, fragments, out, partOf);
    } else {
      const fragment = fragments.get(sel.name.value);
      if (fragment && (!typename || fragment.typeCondition.name.value === typename))
        nulls(fragment.selectionSet, typename, fragments, out, partOf);
    }
  }
  return out;
}

/**
 * The answer a subgraph would have given if every field it was asked for were null: every root field
 * null, and for `_entities` one object per representation with each requested field null.
 *
 * Why: when a member's fetch fails outright, plain @apollo/gateway skips the dependent `@requires` fetch to
 * the hub, so `sightings` and `coverage` vanish with the member. Given nulls instead, the hub still
 * aggregates the members that answered and names the missing one in `coverage.unavailable`.
 */
export function unavailableResponse(
  request: GatewayGraphQLRequest,
  serviceName: string,
  reason: string,
): GatewayGraphQLResponse {
  return {
    data: emptyData(request, () => null),
    errors: [
      {
        message: `${serviceName} did not answer (${reason}); its fields are null`,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
      },
    ],
  };
}

function emptyData(request: GatewayGraphQLRequest, partOf: PartOf): Json {
  const doc: DocumentNode = parse(request.query ?? '');
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of doc.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (
      def.kind === Kind.OPERATION_DEFINITION &&
      (!request.operationName || def.name?.value === request.operationName)
    ) {
      operation ??= def;
    }
  }
  const data: Json = {};
  for (const sel of operation?.selectionSet.selections ?? []) {
    if (sel.kind !== Kind.FIELD) continue;
    const key = sel.alias?.value ?? sel.name.value;
    if (sel.name.value === '_entities' && sel.selectionSet) {
      const reps = (request.variables?.representations ?? []) as { __typename?: string }[];
      data[key] = reps.map((rep) => nulls(sel.selectionSet!, rep.__typename, fragments, {}, partOf));
    } else {
      data[key] = null;
    }
  }
  return data;
}

/** A subgraph's refusal of the caller: what the caller did (its input, its identity), not an outage. */
export interface CallerRefusal {
  readonly code: ErrorCode;
  readonly message: string;
  readonly status: number;
}

// HTTP statuses a subgraph answers for the caller's own doing, and the code each means without a body
const refusalStatus: Readonly<Record<number, ErrorCode | null>> = {
  400: null, // only with a BAD_USER_INPUT body: a 400 for the query itself is a schema mismatch, an outage
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
};
const callerCodes: ReadonlySet<unknown> = new Set<ErrorCode>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN']);

/**
 * Reads @apollo/gateway's error for a non-2xx subgraph answer (`extensions.response` holds the status and
 * the parsed body) and returns the refusal when the caller caused it, null for anything else (down, timed
 * out, failing, or answering nonsense): by status and code, never by message.
 */
export function callerRefusal(error: unknown): CallerRefusal | null {
  const response = (error as { extensions?: { response?: { status?: unknown; body?: unknown } } })?.extensions
    ?.response;
  const status = typeof response?.status === 'number' ? response.status : 0;
  if (!Object.hasOwn(refusalStatus, status)) return null;
  const first = (response?.body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)
    ?.errors?.[0];
  const bodyCode = first?.extensions?.code;
  const code = callerCodes.has(bodyCode) ? (bodyCode as ErrorCode) : refusalStatus[status];
  if (!code) return null;
  // a node's words reach the caller, bounded: they are its explanation, not a channel
  const message = typeof first?.message === 'string' ? first.message.slice(0, 500) : `refused (HTTP ${status})`;
  return { code, message, status };
}

/**
 * The answer for a subgraph that refused the caller: its fields null as for an outage, so the hub still
 * aggregates the others, except that a member's part of an entity says it declined this caller (level
 * NONE, no hit) and coverage lists the member as refused, not unavailable; the error carries the member's
 * own code.
 */
export function refusedResponse(
  request: GatewayGraphQLRequest,
  serviceName: string,
  refusal: CallerRefusal,
): GatewayGraphQLResponse {
  const member = members.find((m) => m.ns === serviceName);
  const declined: PartOf = (set, fragments) => {
    if (!member) return null;
    const part = nulls(set, undefined, fragments, {});
    if ('member' in part) part.member = member.code;
    if ('level' in part) part.level = 'NONE';
    if ('hit' in part) part.hit = false;
    return part;
  };
  return {
    data: emptyData(request, declined),
    errors: [
      {
        message: `${serviceName} refused this request: ${refusal.message}`,
        extensions: { code: refusal.code, serviceName },
      },
    ],
  };
}
