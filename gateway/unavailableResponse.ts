import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

type Json = Record<string, unknown>;

function nulls(
  set: SelectionSetNode,
  typename: string | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  out: Json,
): Json {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      out[key] = sel.name.value === '__typename' ? (typename ?? null) : null;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!sel.typeCondition || !typename || sel.typeCondition.name.value === typename)
        nulls(sel.selectionSet, typename, fragments, out);
    } else {
      const fragment = fragments.get(sel.name.value);
      if (fragment && (!typename || fragment.typeCondition.name.value === typename))
        nulls(fragment.selectionSet, typename, fragments, out);
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
      data[key] = reps.map((rep) => nulls(sel.selectionSet!, rep.__typename, fragments, {}));
    } else {
      data[key] = null;
    }
  }
  return {
    data,
    errors: [
      {
        message: `${serviceName} did not answer (${reason}); its fields are null`,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
      },
    ],
  };
}
