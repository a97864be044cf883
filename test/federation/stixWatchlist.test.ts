/**
 * A watchlist exported as STIX 2.1 through the real gateway (`npm run stix -- export --query watchlist`).
 * Thailand's analyst watches, by id, a number Cambodia (its MoU partner, PARTNER) and Malaysia (HIT, the
 * default) hold, and one nobody holds. A watch names no value, so the bundle has no indicator object and no
 * pattern for it: each member's sighting (as much as its policy tells Thailand) and Cambodia's readable
 * report refer to the STIX id a lookup export of the value carries, and name the indicator by id.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkBundle } from '../../shared/stix/checkBundle.js';
import { EXTENSION_ID, stixId } from '../../shared/stix/stixVocabulary.js';
import { exportStix } from '../../scripts/stix/exportStix.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const heldPhone = '+85512345678';
const unheldPhone = '+66811112222';
const lookup = `query($value: String!) { indicator(kind: PHONE, value: $value) { id } }`;
const watch = `mutation($ids: [ID!]!) { tha { watch(ids: $ids) { indicator { id } } } }`;

type Obj = Record<string, unknown> & { id: string; type: string };
const extOf = (o: Obj) => (o.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID]!;

describe('STIX 2.1 export of a watchlist through the gateway', () => {
  let fed: Federation;
  let analyst = '';
  const ids: Record<string, string> = {};

  before(async () => {
    fed = await startFederation({
      seed: async ({ member, db }) => {
        if (member.code !== 'KH' && member.code !== 'MY') return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-WATCH-1`,
            reportedAt: '2026-03-01T09:00:00Z',
            scamType: 'INVESTMENT',
            channel: 'PHONE_CALL',
            lossMinor: 10_000,
            indicators: [{ kind: 'PHONE', value: heldPhone, role: 'CALLER_NUMBER' }],
          },
        ]);
      },
    });
    analyst = await fed.token({ member: 'TH', role: 'analyst' });
    for (const [name, value] of [
      ['held', heldPhone],
      ['unheld', unheldPhone],
    ] as const) {
      const res = await fed.query<{ indicator: { id: string } }>(lookup, { value }, { token: analyst });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      ids[name] = res.data!.indicator.id;
    }
    const res = await fed.query(watch, { ids: [ids.held, ids.unheld] }, { token: analyst });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  });
  after(() => fed?.close());

  test('watched ids become sightings and reports of the STIX id their value has, without a pattern', async () => {
    const { bundle, problems, unavailable } = await exportStix([], {
      gatewayUrl: fed.gatewayUrl,
      token: analyst,
      query: 'watchlist',
      tlp: 'amber',
      reports: 50,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(unavailable, []);
    assert.deepEqual(checkBundle(bundle), []);
    const objects = bundle.objects as Obj[];
    assert.deepEqual(
      objects.filter((o) => o.type === 'indicator'),
      [],
      'a watch names no value: no pattern',
    );
    const stixOf = stixId('indicator', ids.held!);
    const sightings = objects.filter((o) => o.type === 'sighting');
    assert.deepEqual(
      sightings
        .map((s) => [extOf(s).member, s.sighting_of_ref, extOf(s).indicator_id, extOf(s).kind, extOf(s).level, s.count])
        .sort(),
      [
        ['KH', stixOf, ids.held, 'PHONE', 'PARTNER', 1],
        // Malaysia shares HIT: a sighting, no count
        ['MY', stixOf, ids.held, 'PHONE', 'HIT', undefined],
      ],
    );
    const reports = objects.filter((o) => o.type === 'report');
    assert.deepEqual(
      reports.map((r) => [extOf(r).reference, r.object_refs]),
      [['KH-WATCH-1', [stixOf]]],
      "only Cambodia's report is readable to Thailand; it refers to the watched indicator's STIX id",
    );
    assert.ok(!JSON.stringify(bundle).includes(heldPhone.slice(1)), 'no value anywhere in the bundle');

    // the same STIX id as a lookup export of the value: a receiver holding the value joins them
    const byValue = await exportStix([{ kind: 'PHONE', value: heldPhone, source: '--value' }], {
      gatewayUrl: fed.gatewayUrl,
      token: analyst,
      query: 'lookup',
      tlp: 'amber',
      reports: 0,
    });
    assert.deepEqual(
      (byValue.bundle.objects as Obj[]).filter((o) => o.type === 'indicator').map((o) => o.id),
      [stixOf],
    );
  });

  test('the CLI exports the watchlist and documents it', async () => {
    const out = join(fed.dir, 'watch.json');
    const run = await cli(['export', '--query', 'watchlist', '--gateway', fed.gatewayUrl, '--out', out], {
      TOKEN: analyst,
    });
    assert.equal(run.status, 0, run.stderr);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { objects: Obj[] };
    assert.deepEqual(checkBundle(written), []);
    assert.equal(written.objects.filter((o) => o.type === 'sighting').length, 2);
    const wrong = await cli(['export', '--query', 'watchlist', '--file', 'values.txt'], { TOKEN: analyst });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /watchlist takes no values/);
    const help = await cli(['--help'], {});
    assert.match(help.stdout, /--query watchlist/);
  });
});

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('npx', ['tsx', 'scripts/stix.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
