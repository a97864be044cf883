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

describe('a member down, a member failing, a supergraph changing', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      // one member on a short timeout, to prove a hanging node costs its own timeout and nothing more
      gatewayEnv: { SUBGRAPH_TIMEOUT_MS_PHL: '1000' },
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
    const marker = 'The ASEAN member states taking part, from the member registry.';
    assert.equal(await descriptionOf(), marker);

    const atomicWrite = (text: string) => {
      writeFileSync(`${fed.supergraphPath}.tmp`, text);
      renameSync(`${fed.supergraphPath}.tmp`, fed.supergraphPath);
    };
    atomicWrite(original.replace(marker, 'Members, version two.'));
    await waitFor(async () => (await descriptionOf()) === 'Members, version two.', 'the new supergraph');

    const before = fed.gateway.supergraph.status.servingHash;
    atomicWrite('this is not a supergraph {');
    await waitFor(() => fed.gateway.supergraph.status.lastRejection !== null, 'the garbage to be refused');
    assert.equal(fed.gateway.supergraph.status.servingHash, before);
    assert.equal(await descriptionOf(), 'Members, version two.');
    const still = await fed.query<Lookup>(lookup);
    assert.equal(still.data!.indicator.coverage!.complete, true);
    atomicWrite(original);
  });

  test('a member that accepts connections but never answers times out alone and is named', async () => {
    const ph = fed.nodes.get('PH')!;
    await fed.stopMember('PH');
    // a black hole on the member's port: accepts, reads, never writes
    const sockets: Socket[] = [];
    const hole: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => hole.listen(ph.port, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const res = await fed.query<Lookup>(lookup);
      const elapsed = Date.now() - started;
      assert.deepEqual(res.data!.indicator.coverage!.unavailable, ['PH']);
      assert.deepEqual(res.data!.indicator.sightings!.map((s) => s.member.code).sort(), [...planted].sort());
      const error = res.errors!.find((e) => e.extensions!.serviceName === 'phl')!;
      assert.equal(error.extensions!.code, 'SUBGRAPH_UNAVAILABLE');
      assert.match(error.message, /timed out/);
      // the default timeout is 5000 ms: finishing well before it shows the member's own 1000 ms applied
      assert.ok(elapsed < 4000, `took ${elapsed} ms; the 1000 ms member timeout should bound it`);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => hole.close(() => resolve()));
      await fed.startMember('PH');
    }
  });
});
