/** Asks each subgraph's /health (same origin as its GraphQL URL) whether it is up, in parallel. */
export async function probeSubgraphs(
  subgraphs: readonly { name: string; url: string }[],
  timeoutMs: number,
): Promise<{ name: string; up: boolean }[]> {
  return Promise.all(
    subgraphs.map(async ({ name, url }) => {
      try {
        const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
        await res.body?.cancel();
        return { name, up: res.ok };
      } catch {
        return { name, up: false };
      }
    }),
  );
}
