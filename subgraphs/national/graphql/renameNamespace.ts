import type { Resolvers } from './__generated__/resolvers.js';

/** Types with a field per member (`national` in codegen.ts, the member's namespace at run time). */
const namespacedTypes = ['Query', 'Mutation', 'Indicator', 'Region', 'RequestOutbox', 'CorrelatedIndicator'] as const;
const watchTypes = ['Watchlist', 'WatchedIndicator'] as const;

/** Moves the placeholder `national` fields (see codegen.ts) to the member's namespace, e.g. `tha`. */
export function renameNamespace(resolvers: Resolvers, ns: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...resolvers };
  for (const type of [...namespacedTypes, ...watchTypes]) {
    const { national, ...rest } = resolvers[type] as Record<string, unknown>;
    out[type] = { ...rest, [ns]: national };
  }
  return out;
}
