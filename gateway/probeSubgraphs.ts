export interface SubgraphProbe {
  name: string;
  /** Up when at least one of its replicas is. */
  up: boolean;
  replicas: { url: string; up: boolean }[];
}

/**
 * Asks each subgraph's /health (same origin as its GraphQL URL) whether it is up, every replica of every
 * subgraph in parallel.
 */
export async function probeSubgraphs(
  subgraphs: readonly { name: string; urls: readonly string[] }[],
  timeoutMs: number,
): Promise<SubgraphProbe[]> {
  return Promise.all(
    subgraphs.map(async ({ name, urls }) => {
      const replicas = await Promise.all(urls.map(async (url) => ({ url, up: await healthy(url, timeoutMs) })));
      return { name, up: replicas.some((r) => r.up), replicas };
    }),
  );
}

async function healthy(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}
