/**
 * The national resolvers, bound to one member, assembled from one file per part of the schema, each typed
 * against the generated `Resolvers` (schema first: a field renamed in the template fails to compile):
 *
 * - nodeResolvers.ts: `Query.<ns>`, NationalNode (search, report, sighting by reference, stats, audit log)
 * - sightingResolvers.ts: `Indicator.<ns>`, NationalSighting
 * - reportResolvers.ts: ScamReport, ReportIndicator, Money
 * - statsResolvers.ts: NationalStats, `Region.<ns>`, `CorrelatedIndicator.<ns>`
 * - ../requests/requestResolvers.ts: `Mutation.<ns>`, NationalMutations, AssistanceRequest, the outbox
 *
 * A new type gets its own `<feature>Resolvers(member)` file spread in below; a new namespaced field (one
 * the template names `{{ns}}`) also needs its type in `namespaced`. The SDL types are shared by every
 * member; only the namespaced fields are renamed here.
 */
import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { Member } from '../../../schema/registry.js';
import { scalarResolvers } from '../../../shared/graphql/scalars.js';
import { feedMutations, feedResolvers } from '../feed/feedResolvers.js';
import { requestResolvers } from '../requests/requestResolvers.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { nodeResolvers } from './nodeResolvers.js';
import { reportResolvers } from './reportResolvers.js';
import { sightingResolvers } from './sightingResolvers.js';
import { statsResolvers } from './statsResolvers.js';

/** What buildSubgraphSchema takes: the generated `Resolvers` are assignable to it, renamed fields and all. */
type ResolverMap = NonNullable<GraphQLSchemaModule['resolvers']>;

export function buildResolvers(member: Member): ResolverMap {
  const requests = requestResolvers(member);
  const r: Resolvers = {
    ...scalarResolvers,
    ...requests,
    ...feedResolvers(member),
    NationalMutations: { ...requests.NationalMutations, ...feedMutations },
    ...nodeResolvers(member),
    ...sightingResolvers(member),
    ...reportResolvers(member),
    ...statsResolvers(member),
  };
  return renameNamespace(r, member.ns);
}

/** The types whose field is named after the member (`{{ns}}` in the template). */
const namespaced = [
  'Query',
  'Mutation',
  'Indicator',
  'Region',
  'RequestOutbox',
  'CorrelatedIndicator',
  'Watchlist',
  'WatchedIndicator',
] as const;

/** Moves the placeholder `national` fields (see codegen.ts) to the member's namespace, e.g. `tha`. */
function renameNamespace(resolvers: Resolvers, ns: string): ResolverMap {
  const out: ResolverMap = { ...resolvers };
  for (const type of namespaced) {
    const { national, ...rest } = resolvers[type] ?? {};
    out[type] = { ...rest, ...(national ? { [ns]: national } : {}) };
  }
  return out;
}
