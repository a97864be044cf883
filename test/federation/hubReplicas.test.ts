/**
 * No single hub: two hub replicas behind one gateway. Lookups are spread over both and keep complete
 * answers with one gone; with none, member drill-down still works and /ready says why the federation is not.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const planted = ['TH', 'VN'];
const lookup = `{
  indicator(kind: PHONE, value: "+66 81 234 5678") {
    sightings { member { code } reportCount }
    coverage { answered unavailable complete }
  }
}`;
type Lookup = {
  indicator: {
    sightings: { member: { code: string } }[] | null;
    coverage: { unavailable: string[]; complete: boolean } | null;
  };
};

describe('hub replicas', () => {
  let fed: Federation;
  const served = [0, 0];
  before(async () => {
    fed = await startFederation({
      hubReplicas: 2,
      seed: async ({ member, db }) => {
        if (!planted.includes(member.code)) return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-call-1`,
            reportedAt: '2026-03-03T03:00:00Z',
            scamType: 'IMPERSONATION',
            channel: 'PHONE_CALL',
            lossMinor: 500_00,
            indicators: [{ kind: 'PHONE', value: '+66 81 234 5678', role: 'CONTACT' }],
          },
        ]);
      },
    });
    fed.hubs.forEach((hub, i) => hub.http.on('request', () => (served[i]! += 1)));
  });
  after(() => fed?.close());

  const assertComplete = (res: { data?: Lookup | null; errors?: unknown }) => {
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data!.indicator.sightings!.map((s) => s.member.code).sort(), [...planted].sort());
    assert.equal(res.data!.indicator.coverage!.complete, true);
  };
  // the detailed readiness is on the gateway's admin listener (the public /ready says only ready or not)
  let admin: string;
  const ready = async () => {
    admin ??= `http://127.0.0.1:${await fed.gateway.listenAdmin(0)}`;
    const res = await fetch(`${admin}/ready`);
    return { status: res.status, body: (await res.json()) as { degraded: boolean; replicas: Record<string, unknown> } };
  };

  test('lookups are spread over both replicas', async () => {
    for (let i = 0; i < 4; i++) assertComplete(await fed.query<Lookup>(lookup));
    assert.ok(served[0]! > 0 && served[1]! > 0, `hub calls per replica: ${served.join(', ')}`);
    const r = await ready();
    assert.equal(r.status, 200);
    assert.equal(r.body.degraded, false);
  });

  test('with one replica gone every lookup stays complete, and /ready stays up, degraded', async () => {
    await fed.hubs[0]!.close();
    const before = served[1]!;
    for (let i = 0; i < 6; i++) assertComplete(await fed.query<Lookup>(lookup));
    assert.ok(served[1]! >= before + 6, 'the other replica answered every lookup');
    const r = await ready();
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.degraded, true);
    assert.deepEqual(Object.values(r.body.replicas.hub as Record<string, string>), ['down', 'up']);
    assert.equal((await fetch(`${admin}/ready?strict=1`)).status, 503);
  });

  test('with no hub at all, drilling into a member still works; a lookup names the hub unavailable and /ready says no', async () => {
    await fed.hubs[1]!.close();
    const token = await fed.token({ member: 'TH', role: 'investigator' });
    const drill = await fed.query<{ tha: { member: string; reports: { totalCount: number } } }>(
      '{ tha { member reports(first: 5) { totalCount edges { node { id } } } } }',
      undefined,
      { token },
    );
    assert.equal(drill.errors, undefined, JSON.stringify(drill.errors));
    assert.equal(drill.data!.tha.member, 'TH');
    assert.equal(drill.data!.tha.reports.totalCount, 1);

    const res = await fed.query<Lookup>(lookup);
    assert.equal(res.status, 200);
    assert.ok(
      res.errors?.some((e) => e.extensions?.serviceName === 'hub'),
      JSON.stringify(res.errors),
    );
    assert.equal((await ready()).status, 503);
  });
});
