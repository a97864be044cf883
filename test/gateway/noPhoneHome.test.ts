import assert from 'node:assert/strict';
import dns from 'node:dns';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startFederation, type Federation } from '../helpers/startFederation.js';

/**
 * Traps every outbound TCP connection and DNS lookup made by this process while the whole federation
 * starts, answers queries, loses a member and shuts down. The gateway and the nodes must contact nothing
 * but their configured peers on loopback (members, hub, keying service): no vendor telemetry, no schema or
 * usage reporting.
 */
describe('no phoning home', () => {
  const connections: { host: string; port: number }[] = [];
  const lookups: string[] = [];
  const originalConnect = net.Socket.prototype.connect;
  const originalLookup = dns.lookup;
  let fed: Federation;

  before(async () => {
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      // net.connect passes its normalised [options, callback] pair as the first argument
      const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as
        { host?: string; port?: number; path?: string } | number;
      if (typeof first === 'object' && first && !first.path)
        connections.push({ host: first.host ?? 'localhost', port: Number(first.port) });
      else if (typeof first === 'number') connections.push({ host: String(args[1] ?? 'localhost'), port: first });
      return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof net.Socket.prototype.connect;
    (dns as { lookup: unknown }).lookup = function (hostname: string, ...rest: unknown[]) {
      lookups.push(hostname);
      return (originalLookup as (...a: unknown[]) => unknown)(hostname, ...rest);
    };
    fed = await startFederation();
  });
  after(() => {
    net.Socket.prototype.connect = originalConnect;
    (dns as { lookup: unknown }).lookup = originalLookup;
  });

  test('only the configured subgraphs and the gateway itself are contacted', async () => {
    await fed.query(
      '{ members { code } indicator(kind: DOMAIN, value: "scam-shop.example.com") { coverage { complete } } }',
    );
    await fed.stopMember('SG');
    await fed.query('{ indicator(kind: EMAIL, value: "agent@scam-shop.example.com") { coverage { unavailable } } }');
    await fed.startMember('SG');
    await fed.query('{ region(from: "2026-01-01", to: "2026-02-01") { totals { reportCount } } }');
    const ports = new Set([
      ...[...fed.nodes.values()].map((n) => n.port),
      Number(new URL(fed.gateway.subgraphs().find((s) => s.name === 'hub')!.url).port),
      Number(new URL(fed.gatewayUrl).port),
      // the hub's configured peer: it keys analysts' values at the working group's keying service
      Number(new URL(fed.keying.url).port),
    ]);
    await fed.close(); // exporters flush on shutdown: that must not reach out either

    assert.ok(connections.length > 0, 'the trap saw the federation talking');
    const foreign = connections.filter(
      (c) => !['127.0.0.1', 'localhost', '::1'].includes(c.host) || !ports.has(c.port),
    );
    assert.deepEqual(foreign, []);
    assert.deepEqual(
      lookups.filter((h) => !['127.0.0.1', 'localhost', '::1'].includes(h)),
      [],
    );
  });
});
