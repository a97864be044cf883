/**
 * The ports of the bench's processes. By default every part on its registry port plus BENCH_PORT_OFFSET
 * (members 5101-5111, hub 5100, gateways 5000 and 5001), which never collides with `npm start`. On a shared
 * machine where one engineer owns a small port range, BENCH_PORT_BASE packs them all into 16 ports from
 * the base instead: gateways, our gateway's admin listener, the keying service, the hub, then the members
 * in registry order.
 */
import { members, type Member } from '../schema/registry.js';
import { HUB_DEFAULT_PORT } from '../schema/renderSubgraphs.js';
import { DEFAULT_KEYING_PORT } from '../shared/keying/protocol.js';

export interface BenchPorts {
  gateway: { ours: number; hive: number };
  gatewayAdmin: number;
  keying: number;
  hub: number;
  member(m: Member): number;
}

export function benchPorts(layout: { portOffset: number; portBase?: number | undefined }): BenchPorts {
  const base = layout.portBase;
  if (base !== undefined) {
    return {
      gateway: { ours: base, hive: base + 1 },
      gatewayAdmin: base + 2,
      keying: base + 3,
      hub: base + 4,
      member: (m) => base + 5 + members.findIndex((x) => x.code === m.code),
    };
  }
  const o = layout.portOffset;
  return {
    gateway: { ours: 4000 + o, hive: 4001 + o },
    gatewayAdmin: 4090 + o,
    keying: DEFAULT_KEYING_PORT + o,
    hub: HUB_DEFAULT_PORT + o,
    member: (m) => m.port + o,
  };
}
