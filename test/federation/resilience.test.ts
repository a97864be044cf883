import assert from 'node:assert/strict';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { members } from '../../schema/registry.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const planted = ['TH', 'KH', 'MY'];
const lookup = `{
  indicator(kind: BANK_ACCOUNT, value: "KH:ACLB:0012-3456-7890") {
    sightings { member { code } reportCount }
    coverage { answered unavailable complete }
  }
}`;

type Lookup = {
  indicator: {
    sightings: { member: { code: string }; reportCount: number }[] | null;
    coverage: { answered: string[]; unavailable: string[]; complete: boolean } | null;
  };
};

async function waitFor(check: () => Promise<boolean> | boolean, what: string, ms = 5000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(50);
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** The gateway's breakers read this clock; a test steps it past the half-open wait instead of sleeping. */
let clockOffset = 0;
const clock = () => Date.now() + clockOffset;
const HALF_OPEN_MS = 60_000;

/** The gateway's metrics, from its admin listener (not on the public port). */
const adminUrls = new WeakMap<Federation, Promise<string>>();
async function breakerState(fed: Federation, subgraph: string): Promise<number> {
  if (!adminUrls.has(fed))
    adminUrls.set(
      fed,
      fed.gateway.listenAdmin(0).then((port) => `http://127.0.0.1:${port}`),
    );
  const text = await (await fetch(`${await adminUrls.get(fed)!}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`antiscam_subgraph_breaker_state{subgraph="${subgraph}"`));
  assert.ok(line, `no breaker state for ${subgraph}`);
  return Number(line.split(' ').at(-1));
}

describe('a member down, a member failing, a supergraph changing', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      // one member on a short timeout, so the black-hole test waits one short timeout
      gatewayEnv: { SUBGRAPH_TIMEOUT_MS_PHL: '1000', BREAKER_HALF_OPEN_MS: String(HALF_OPEN_MS) },
      gatewayClock: clock,
      seed: async ({ member, db }) => {
        if (!planted.includes(member.code)) return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-mule-1`,
            reportedAt: '2026-02-02T02:00:00Z',
            scamType: 'HYBRID',
            channel: 'PHONE_CALL',
            lossMinor: 1_000_00,
            indicators: [{ kind: 'BANK_ACCOUNT', value: 'KH:ACLB:001234567890', role: 'BENEFICIARY_ACCOUNT' }],
          },
        ]);
      },
    });
  });
  after(() => fed?.close());
  // pay the cold-start cost (first query plans, first SQL) before timing anything
  before(() => fed.query(lookup));

  test('with every member up the answer is complete', async () => {
    const res = await fed.query<Lookup>(lookup);
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data!.indicator.sightings!.map((s) => s.member.code).sort(), [...planted].sort());
    assert.equal(res.data!.indicator.coverage!.complete, true);
  });

  test('stopping one member keeps the other ten, names it, and restarting it restores the full answer', async () => {
    await fed.stopMember('KH');
    const res = await fed.query<Lookup>(lookup);
    assert.equal(res.status, 200);
    const { sightings, coverage } = res.data!.indicator;
    assert.deepEqual(sightings!.map((s) => s.member.code).sort(), ['MY', 'TH']);
    assert.ok(
      sightings!.every((s) => s.reportCount === 1),
      'nothing about the others is lost',
    );
    assert.deepEqual(coverage!.unavailable, ['KH']);
    assert.deepEqual(
      coverage!.answered,
      members.map((m) => m.code).filter((c) => c !== 'KH'),
    );
    assert.equal(coverage!.complete, false);
    assert.equal(res.errors?.length, 1, JSON.stringify(res.errors));
    assert.equal(res.errors![0]!.extensions!.code, 'SUBGRAPH_UNAVAILABLE');
    assert.equal(res.errors![0]!.extensions!.serviceName, 'khm');
    assert.ok(!JSON.stringify(res.errors).includes('_entities'), 'no subgraph query leaks');

    // drilling into the stopped member gives null plus the same error, not a failed request
    const direct = await fed.query<{ khm: unknown; tha: { member: string } }>('{ khm { member } tha { member } }');
    assert.equal(direct.data!.khm, null);
    assert.equal(direct.data!.tha.member, 'TH');
    assert.equal(direct.errors![0]!.extensions!.serviceName, 'khm');

    await fed.startMember('KH');
    const back = await fed.query<Lookup>(lookup);
    assert.equal(back.errors, undefined);
    assert.equal(back.data!.indicator.coverage!.complete, true);
    assert.deepEqual(back.data!.indicator.sightings!.map((s) => s.member.code).sort(), [...planted].sort());
  });

  test("a member whose database fails counts as unavailable, and the error hides the database's message", async () => {
    const my = fed.nodes.get('MY')!;
    await my.db.dataSource.destroy();
    try {
      const res = await fed.query<Lookup>(lookup);
      assert.deepEqual(res.data!.indicator.coverage!.unavailable, ['MY']);
      assert.deepEqual(res.data!.indicator.sightings!.map((s) => s.member.code).sort(), ['KH', 'TH']);
      const error = res.errors!.find((e) => e.extensions?.serviceName === 'mys');
      assert.ok(error, JSON.stringify(res.errors));
      // its answer could not even be audited, so the node refused to give one: unavailable, not partial
      assert.equal(error.extensions!.code, 'SUBGRAPH_UNAVAILABLE');
      assert.ok(!/sqlite|SQL|connection|DataSource/i.test(JSON.stringify(res.errors)), JSON.stringify(res.errors));
    } finally {
      await my.db.dataSource.initialize();
    }
  });

  test('a valid new supergraph is picked up without restart; garbage keeps the last good one serving', async () => {
    const describeQuery = '{ __type(name: "Query") { fields { name description } } }';
    const descriptionOf = async () => {
      const res = await fed.query<{ __type: { fields: { name: string; description: string }[] } }>(describeQuery);
      return res.data!.__type.fields.find((f) => f.name === 'members')!.description;
    };
    const original = readFileSync(fed.supergraphPath, 'utf8');
    const originalHash = fed.gateway.supergraph.status.servingHash;
    const marker = 'The ASEAN member states taking part, from the member registry.';
    assert.equal(await descriptionOf(), marker);

    const atomicWrite = (text: string) => {
      writeFileSync(`${fed.supergraphPath}.tmp`, text);
      renameSync(`${fed.supergraphPath}.tmp`, fed.supergraphPath);
    };
    try {
      atomicWrite(original.replace(marker, 'Members, version two.'));
      await waitFor(async () => (await descriptionOf()) === 'Members, version two.', 'the new supergraph');

      const before = fed.gateway.supergraph.status.servingHash;
      atomicWrite('this is not a supergraph {');
      await waitFor(() => fed.gateway.supergraph.status.lastRejection !== null, 'the garbage to be refused');
      assert.equal(fed.gateway.supergraph.status.servingHash, before);
      assert.equal(await descriptionOf(), 'Members, version two.');
      const still = await fed.query<Lookup>(lookup);
      assert.equal(still.data!.indicator.coverage!.complete, true);
    } finally {
      // the tests after this one run against the original supergraph, whatever happened above
      atomicWrite(original);
      await waitFor(() => fed.gateway.supergraph.status.servingHash === originalHash, 'the original supergraph');
    }
  });

  test('a member that accepts connections but never answers costs one timeout; then its breaker answers at once, and a probe lets it back in', async () => {
    const ph = fed.nodes.get('PH')!;
    await fed.stopMember('PH');
    // a black hole on the member's port: accepts, reads, never writes
    const sockets: Socket[] = [];
    const hole: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => hole.listen(ph.port, '127.0.0.1', resolve));
    let holeOpen = true;
    const closeHole = async () => {
      if (!holeOpen) return;
      holeOpen = false;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => hole.close(() => resolve()));
    };
    try {
      assert.equal(await breakerState(fed, 'phl'), 0, 'closed to begin with');
      const first = await fed.query<Lookup>(lookup);
      assert.deepEqual(first.data!.indicator.coverage!.unavailable, ['PH']);
      assert.deepEqual(first.data!.indicator.sightings!.map((s) => s.member.code).sort(), [...planted].sort());
      const timedOut = first.errors!.find((e) => e.extensions!.serviceName === 'phl')!;
      assert.equal(timedOut.extensions!.code, 'SUBGRAPH_UNAVAILABLE');
      assert.match(timedOut.message, /timed out/);
      assert.equal(sockets.length, 1, 'one call reached the black hole');
      assert.equal(await breakerState(fed, 'phl'), 1, 'one timeout opened the breaker');

      // while open, calls to PH fail at once: the black hole sees no new connection, the others still answer
      for (let i = 0; i < 3; i++) {
        const res = await fed.query<Lookup>(lookup);
        assert.deepEqual(res.data!.indicator.coverage!.unavailable, ['PH']);
        assert.deepEqual(res.data!.indicator.sightings!.map((s) => s.member.code).sort(), [...planted].sort());
        assert.match(res.errors!.find((e) => e.extensions!.serviceName === 'phl')!.message, /circuit open/);
      }
      assert.equal(sockets.length, 1, 'an open breaker sends nothing');

      // PH answers again, but until the half-open wait is over nothing is sent to it
      await closeHole();
      await fed.startMember('PH');
      fed.resetCounters();
      const stillOpen = await fed.query<Lookup>(lookup);
      assert.deepEqual(stillOpen.data!.indicator.coverage!.unavailable, ['PH']);
      assert.equal(ph.operations, 0);

      clockOffset += HALF_OPEN_MS;
      const back = await fed.query<Lookup>(lookup);
      assert.equal(back.errors, undefined, JSON.stringify(back.errors));
      assert.equal(back.data!.indicator.coverage!.complete, true);
      assert.equal(ph.entityCalls, 1, 'one probe call');
      assert.equal(await breakerState(fed, 'phl'), 0, 'the probe closed the breaker');
    } finally {
      await closeHole();
      if (!fed.nodes.get('PH')!.server.http.listening) await fed.startMember('PH');
    }
  });
});
