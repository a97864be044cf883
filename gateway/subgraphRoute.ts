/**
 * Where the gateway calls a subgraph, decided when @apollo/gateway builds its data source (at start, and
 * for a subgraph a new supergraph brings): the operator's SUBGRAPH_URL_<NAME> (all its replicas), else the
 * registry entry's `url`, else SUBGRAPH_URL_TEMPLATE filled from the entry, else the supergraph's local
 * default. The registry in use is read at that moment, so a member that joined is routed without a restart.
 */
import { memberByNs } from '../schema/registry.js';
import { HUB_SUBGRAPH } from '../schema/renderSubgraphs.js';
import type { GatewayConfig } from './config.js';

export function subgraphRoute(
  name: string,
  supergraphUrl: string | undefined,
  config: Pick<GatewayConfig, 'subgraphReplicas' | 'subgraphUrlTemplate'>,
): string[] {
  const replicas = config.subgraphReplicas[name];
  if (replicas) return [...replicas];
  const member = memberByNs(name);
  const templated =
    member && config.subgraphUrlTemplate?.replaceAll('{ns}', member.ns).replaceAll('{port}', String(member.port));
  return [member?.url ?? templated ?? supergraphUrl ?? ''];
}

/** The supergraph's subgraphs that are neither the hub nor a member of the registry in use. */
export function unknownMembers(sdl: string): string | null {
  const names = [...sdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]!);
  const unknown = names.filter((n) => n !== HUB_SUBGRAPH && !memberByNs(n));
  return unknown.length === 0
    ? null
    : `names ${unknown.join(', ')}, not in the member registry in use: add the member to the registry first`;
}
