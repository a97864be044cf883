/**
 * A member joins at runtime (issue 12 item 3): eleven members run; a twelfth (a test-only entry in a copy
 * of the registry, never in schema/members.json) starts, its entry and URL go into the registry file the
 * gateway watches, the supergraph composed with it replaces the gateway's file, and it answers regional
 * lookups. Nothing is rebuilt: the gateway, the hub and the eleven nodes are the same servers throughout
 * (the registry is one module in this process, as it is one file per process in production).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { currentRegistry, members, type Member } from '../../schema/registry.js';
import { composeSupergraph } from '../../schema/composeSupergraph.js';
import { renderAllSubgraphs } from '../../schema/renderSubgraphs.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { buildNationalServer, type NationalServer } from '../../subgraphs/national/server.js';
import { createLogger } from '../../shared/logger.js';
import { nodeIdentity } from '../../shared/keying/protocol.js';
import { clientKeyPath, ensureClientKey } from '../../shared/keying/clientKeys.js';
import { insertReports, type FixtureReport } from '../helpers/insertReports.js';
import { withoutSmallCellLimit } from '../helpers/policies.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const phone = '+66812345678';
const report = (member: Member): FixtureReport => ({
  reference: `${member.code}-0001`,
  reportedAt: '2026-03-01T09:00:00Z',
  scamType: 'IMPERSONATION',
  channel: 'PHONE_CALL',
  lossMinor: 150_000,
  indicators: [{ kind: 'PHONE', value: phone, role: 'CALLER_NUMBER' }],
});

/** The twelfth member: ISO 3166 reserves XA-XZ for private use, so no real country is named. */
const twelfth = (url: string | undefined): Member => ({
  code: 'XT',
  ns: 'xta',
  name: 'Test Member',
  phoneRegion: 'TL',
  currency: 'USD',
  usdPerUnit: 1,
  // the supergraph's local default URL, deliberately not where the node listens: the registry's `url` routes
  port: 4199,
  ...(url ? { url } : {}),
  joined: '2026-01-01',
  iddPrefixes: ['00'],
  banks: [],
  eWallets: [],
  benign: { hotlines: [], domains: [] },
});

const lookup = `query Lookup($value: String!) {
  indicator(kind: PHONE, value: $value) {
    sightings { member { code } reportCount }
    coverage { asked answered unavailable complete }
  }
}`;
const region = `{ region(from: "2026-01-01", to: "2027-01-01") {
  byMember { member { code } reportCount } coverage { asked complete }
} }`;

interface Lookup {
  indicator: {
    sightings: { member: { code: string }; reportCount: number }[];
    coverage: { asked: number; answered: string[]; unavailable: string[]; complete: boolean };
  };
}

/** Writes a file the way a deploy does (an atomic rename): a poller never reads half of it. */
function replaceFile(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

async function until(what: string, condition: () => boolean): Promise<void> {
  // no deadline here: node:test's own timeout ends a test that never gets there
  while (!condition()) await new Promise((r) => setTimeout(r, 50));
  assert.ok(condition(), what);
}

describe('a member joins without any process restarting', () => {
  let fed: Federation;
  let registryDir: string;
  let registryPath: string;
  let db: NationalDatabase;
  let node: NationalServer;
  const original = readFileSync(new URL('../../schema/members.json', import.meta.url), 'utf8');

  before(async () => {
    // the operator's copy of the registry, which the gateway watches (REGISTRY_PATH)
    registryDir = mkdtempSync(join(tmpdir(), 'registry-'));
    registryPath = join(registryDir, 'members.json');
    writeFileSync(registryPath, original);
    fed = await startFederation({
      policy: withoutSmallCellLimit,
      seed: ({ member, db }) =>
        member.code === 'TH' ? insertReports(db, member, testKey, [report(member)]) : Promise.resolve(),
      gatewayEnv: { REGISTRY_PATH: registryPath, REGISTRY_POLL_MS: '100' },
    });
  });
  after(async () => {
    await node?.close();
    await db?.close();
    await fed?.close();
    rmSync(registryDir, { recursive: true, force: true });
  });

  test('eleven, then twelve: the new member answers lookups through the same gateway, hub and nodes', async () => {
    const watcher = fed.gateway.registry;
    const servers = { gateway: fed.gateway.http, hub: fed.hub.http, th: fed.nodes.get('TH')!.server.http };
    const before = await fed.query<Lookup>(lookup, { value: phone });
    assert.equal(before.data!.indicator.coverage.asked, 11);

    // 1. its entry into the registry file, picked up by polling. An operator knows the node's URL up front;
    // here the node listens on port 0, so the entry goes in first and its URL once the port is known
    const file = JSON.parse(original) as { members: Member[] };
    const writeRegistry = (entry: Member) =>
      replaceFile(registryPath, JSON.stringify({ ...file, members: [...file.members, entry] }, null, 2));
    writeRegistry(twelfth(undefined));
    await until('the registry names XT', () => watcher.status.members.includes('XT'));
    assert.equal(members.length, 12);

    // the working group's keying service takes the new node's client key (SIGHUP in production): a node
    // keys its imports through it
    const input = [{ kind: 'PHONE', canonical: phone }] as const;
    await ensureClientKey(clientKeyPath(fed.keying.dir, nodeIdentity('XT')), nodeIdentity('XT')); // its own key pair
    await assert.rejects((await fed.keying.keyer(nodeIdentity('XT'))).digests(input), 'not a client yet');
    await fed.keying.addClients([nodeIdentity('XT')]);
    const thKeyer = await fed.keying.keyer(nodeIdentity('TH'));
    assert.deepEqual(await (await fed.keying.keyer(nodeIdentity('XT'))).digests(input), await thKeyer.digests(input));

    // the new member's node comes up (its operator's machine, reading the same registry) with its reports
    db = await openDatabase({ type: 'sqlite', path: join(fed.dir, 'xta.sqlite') });
    const member = twelfth(undefined);
    await insertReports(db, member, testKey, [report(member)]);
    node = await buildNationalServer({
      member,
      db,
      logger: createLogger('test', 'silent'),
      identity: fed.identity,
      policy: withoutSmallCellLimit(member),
    });
    const url = `http://127.0.0.1:${await node.listen(0)}/graphql`;
    writeRegistry(twelfth(url));
    await until('the registry has its URL', () => members.some((m) => m.url === url));

    // 2. the supergraph composed with it (as `npm run compose` would) replaces the gateway's file
    const hash = fed.gateway.supergraph.status.servingHash;
    replaceFile(fed.supergraphPath, composeSupergraph(renderAllSubgraphs()));
    await until('the gateway serves the new supergraph', () => fed.gateway.supergraph.status.servingHash !== hash);

    const after = await fed.query<Lookup>(lookup, { value: phone });
    assert.equal(after.errors, undefined, JSON.stringify(after.errors));
    const { sightings, coverage } = after.data!.indicator;
    assert.deepEqual(coverage, {
      asked: 12,
      answered: [...members.map((m) => m.code)],
      unavailable: [],
      complete: true,
    });
    assert.deepEqual(sightings.map((s) => [s.member.code, s.reportCount]).sort(), [
      ['TH', 1],
      ['XT', 1],
    ]);

    const stats = await fed.query<{
      region: { byMember: { member: { code: string } }[]; coverage: { asked: number } };
    }>(region);
    assert.equal(stats.errors, undefined, JSON.stringify(stats.errors));
    assert.equal(stats.data!.region.coverage.asked, 12);
    assert.ok(stats.data!.region.byMember.some((m) => m.member.code === 'XT'));

    // its callers are accepted by the gateway and by the eleven existing nodes (identity, then policy)
    const xtAnalyst = await fed.token({ member: 'XT', role: 'analyst' });
    const asXt = await fed.query<Lookup>(lookup, { value: phone }, { token: xtAnalyst });
    assert.equal(asXt.status, 200);
    assert.equal(asXt.errors, undefined, JSON.stringify(asXt.errors));
    assert.deepEqual(asXt.data!.indicator.coverage.unavailable, []);
    assert.equal(asXt.data!.indicator.coverage.asked, 12);

    // and nobody restarted: the very same servers answered
    assert.equal(fed.gateway.http, servers.gateway);
    assert.equal(fed.hub.http, servers.hub);
    assert.equal(fed.nodes.get('TH')!.server.http, servers.th);
  });

  test('a bad registry file is refused with the reason, and the registry in use stays', async () => {
    const watcher = fed.gateway.registry;
    const inUse = currentRegistry();
    const file = JSON.parse(readFileSync(registryPath, 'utf8')) as { members: Member[] };
    const broken = file.members.map((m) => (m.code === 'XT' ? { ...m, port: 4105 } : m));
    replaceFile(registryPath, JSON.stringify({ ...file, members: broken }));
    assert.equal(await watcher.reload(), false);
    assert.match(watcher.status.lastRejection?.reason ?? '', /members\[11\] \(XT\): 4105 appears twice/);
    assert.equal(currentRegistry(), inUse);
    const res = await fed.query<Lookup>(lookup, { value: phone });
    assert.equal(res.data!.indicator.coverage.asked, 12);
  });
});
