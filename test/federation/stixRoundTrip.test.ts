/**
 * STIX 2.1 through the real gateway: Thailand's investigator screens indicators of every kind and exports
 * the answer as a bundle; the bundle passes the STIX rules, imports into Cambodia's node through the
 * ordinary all-or-nothing import, and Cambodia's export of the same values carries the same ids (the
 * federation's keyed ids and the STIX ids derived from them). A report's indicator the caller knows only
 * by keyed id is never turned into a value; a broken bundle is refused whole, its problems numbered by
 * object; the CLI writes and checks bundles. Thailand's node runs on SQLite, Cambodia's on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import { ImportError, formatImportErrors } from '../../subgraphs/national/import/ImportError.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { nodeIdentity } from '../../shared/keying/protocol.js';
import { checkBundle } from '../../shared/stix/checkBundle.js';
import { EXTENSION_ID, stixId } from '../../shared/stix/stixVocabulary.js';
import { type ExportInput, exportStix } from '../../scripts/stix/exportStix.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const values: Omit<ExportInput, 'source'>[] = [
  { kind: 'PHONE', value: '081-234-5678' },
  { kind: 'BANK_ACCOUNT', value: '004:123-4-56789-0' },
  { kind: 'URL', value: 'hxxps://parcel-th[.]example.com/pay?id=1' },
  { kind: 'E_WALLET', value: 'TrueMoney Wallet 081-234-5679' },
  { kind: 'EMAIL', value: 'Agent.Scam@Example.com' },
  { kind: 'DOMAIN', value: 'lucky-invest.co.th' },
  { kind: 'COMPANY', value: 'Siam Lucky Trading Co., Ltd.' },
  { kind: 'CRYPTO_WALLET', value: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' },
  { kind: 'SOCIAL_ACCOUNT', value: 'LINE ID: scam.agent' },
];
const inputs: ExportInput[] = values.map((v, i) => ({ ...v, region: 'TH', source: `values[${i}]` }));
/** Named in a Thai report but not screened: the caller sees only its keyed id. */
const unscreenedPhone = '+66899999999';

type Bundle = Awaited<ReturnType<typeof exportStix>>['bundle'];
type Obj = Record<string, unknown> & { id: string; type: string };
const objectsOf = (b: Bundle, type: string) => (b.objects as Obj[]).filter((o) => o.type === type);
const extOf = (o: Obj) => (o.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID]!;

describe('STIX 2.1 export and import through the gateway', () => {
  let fed: Federation;
  const dir = mkdtempSync(join(tmpdir(), 'stix-'));
  let exported: Bundle;
  let bundlePath: string;
  const exportAs = async (member: string) =>
    exportStix(inputs, {
      gatewayUrl: fed.gatewayUrl,
      token: await fed.token({ member, role: 'investigator' }),
      query: 'screen',
      tlp: 'amber+strict',
      reports: 50,
    });

  before(async () => {
    // Cambodia on PostgreSQL, Thailand on SQLite: the import writes through the one writer on both
    fed = await startFederation({
      postgresMembers: ['KH'],
      seed: async ({ member, db }) => {
        if (member.code !== 'TH') return;
        await insertReports(db, member, testKey, [
          {
            reference: 'TH-STIX-1',
            reportedAt: '2026-03-01T09:00:00Z',
            scamType: 'PARCEL_CUSTOMS',
            channel: 'PHONE_CALL',
            lossMinor: 1_250_050,
            indicators: [
              { kind: 'PHONE', value: '081-234-5678', role: 'CALLER_NUMBER' },
              { kind: 'BANK_ACCOUNT', value: '004:123-4-56789-0', role: 'BENEFICIARY_ACCOUNT' },
              { kind: 'URL', value: 'https://parcel-th.example.com/pay?id=1', role: 'PHISHING_URL' },
              { kind: 'PHONE', value: unscreenedPhone, role: 'CALLER_NUMBER' },
            ],
          },
          {
            reference: 'TH-STIX-2',
            reportedAt: '2026-04-15T12:00:00Z',
            scamType: 'INVESTMENT',
            channel: 'SOCIAL_MEDIA',
            lossMinor: null,
            indicators: values.slice(3).map((v) => ({ ...v, role: 'SOCIAL_PROFILE' })),
          },
        ]);
      },
    });
    const first = await exportAs('TH');
    assert.deepEqual(first.problems, []);
    assert.deepEqual(first.unavailable, []);
    exported = first.bundle;
    bundlePath = join(dir, 'th.json');
    writeFileSync(bundlePath, JSON.stringify(exported));
  });
  after(async () => {
    await fed?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the export is a valid STIX 2.1 bundle with deterministic ids and the official TLP marking', () => {
    assert.deepEqual(checkBundle(exported), []);
    const indicators = objectsOf(exported, 'indicator');
    assert.equal(indicators.length, values.length);
    for (const i of indicators) assert.equal(i.id, stixId('indicator', extOf(i).indicator_id as string));
    assert.deepEqual(
      objectsOf(exported, 'marking-definition').map((m) => [m.id, m.name]),
      [['marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003', 'TLP:AMBER+STRICT']],
    );
    for (const o of [...indicators, ...objectsOf(exported, 'report'), ...objectsOf(exported, 'sighting')]) {
      assert.deepEqual(o.object_marking_refs, ['marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003']);
    }
    const sightings = objectsOf(exported, 'sighting');
    assert.equal(sightings.length, values.length, 'one sighting per indicator: only Thailand holds them');
    const th = stixId('identity', 'TH');
    for (const s of sightings) assert.deepEqual(s.where_sighted_refs, [th]);
    const phone = indicators.find((i) => extOf(i).kind === 'PHONE')!;
    assert.equal(
      phone.pattern,
      "[x-asean-scam-indicator:kind = 'PHONE' AND x-asean-scam-indicator:value = '+66812345678']",
    );
    assert.equal(
      indicators.find((i) => extOf(i).kind === 'URL')!.pattern,
      "[url:value = 'https://parcel-th.example.com/pay?id=1']",
    );
  });

  test('routing: one screen call per member, then reports only from the member whose level lets the caller read them', async () => {
    fed.resetCounters();
    await exportAs('TH');
    for (const [code, node] of fed.nodes) {
      // Thailand alone holds the indicators: one reports query each, after the screen's one batch
      assert.equal(node.entityCalls, code === 'TH' ? 1 + values.length : 1, code);
    }
  });

  test('a report carries what the caller read; an indicator it knows only by keyed id gets no value', () => {
    const reports = objectsOf(exported, 'report');
    assert.deepEqual(reports.map((r) => extOf(r).reference).sort(), ['TH-STIX-1', 'TH-STIX-2']);
    const first = reports.find((r) => extOf(r).reference === 'TH-STIX-1')!;
    assert.equal(first.published, '2026-03-01T09:00:00.000Z');
    assert.equal(extOf(first).loss_amount, '12500.50');
    assert.equal(extOf(first).currency, 'THB');
    assert.equal((first.object_refs as string[]).length, 3);
    const others = extOf(first).other_indicators as { kind: string; indicator_id: string }[];
    assert.deepEqual(
      others.map((o) => o.kind),
      ['PHONE'],
    );
    assert.doesNotMatch(JSON.stringify(exported), /899999999/, 'the unscreened number is never written');
  });

  test('a round trip: imported into another member and exported there, the same ids', async () => {
    const kh = fed.nodes.get('KH')!;
    const keyer = await fed.keying.keyer(nodeIdentity('KH'));
    const summary = await importFile(kh.db, memberByCode('KH'), keyer, bundlePath);
    assert.equal(summary.inserted, 2);
    const again = await exportAs('KH');
    assert.deepEqual(checkBundle(again.bundle), []);
    const ids = (b: Bundle) => objectsOf(b, 'indicator').map((i) => [i.id, extOf(i).indicator_id]);
    assert.deepEqual(ids(again.bundle), ids(exported));
    // Cambodia now holds each indicator itself: a sighting where_sighted = Cambodia, one report each
    const khSightings = objectsOf(again.bundle, 'sighting').filter((s) => extOf(s).member === 'KH');
    assert.deepEqual(
      khSightings.map((s) => s.sighting_of_ref).sort(),
      objectsOf(exported, 'indicator')
        .map((i) => i.id)
        .sort(),
    );
    for (const s of khSightings) assert.deepEqual(s.where_sighted_refs, [stixId('identity', 'KH')]);
    // Cambodia's copies of the reports name the same indicators with the same roles
    const roles = (b: Bundle, member: string) =>
      objectsOf(b, 'report')
        .filter((r) => extOf(r).member === member)
        .map((r) => [extOf(r).reference, extOf(r).scam_type, r.published, extOf(r).indicator_roles])
        .sort();
    assert.deepEqual(roles(again.bundle, 'KH'), roles(exported, 'TH'));
    // the ids are the gateway's: Cambodia's own node answers a plain lookup of the phone by the same id
    const phoneId = objectsOf(exported, 'indicator')
      .map(extOf)
      .find((e) => e.kind === 'PHONE')!.indicator_id;
    const res = await fed.query<{ indicator: { id: string; khm: { hit: boolean; reportCount: number } } }>(
      `{ indicator(kind: PHONE, value: "+66 81 234 5678") { id khm { hit reportCount } } }`,
      {},
      { token: await fed.token({ member: 'KH', role: 'investigator' }) },
    );
    assert.deepEqual(res.data?.indicator, { id: phoneId, khm: { hit: true, reportCount: 1 } });
    // and importing the bundle again changes nothing
    const rerun = await importFile(kh.db, memberByCode('KH'), keyer, bundlePath);
    assert.deepEqual([rerun.inserted, rerun.unchanged], [0, 2]);
  });

  test('a broken bundle is refused whole, each problem numbered by object', async () => {
    const kh = fed.nodes.get('KH')!;
    const before = (await kh.db.dataSource.query('SELECT COUNT(*) AS n FROM scam_report')) as { n: number }[];
    const broken = structuredClone(exported) as { objects: Obj[] };
    const phoneAt = broken.objects.findIndex((o) => o.type === 'indicator' && extOf(o).kind === 'PHONE');
    broken.objects[phoneAt]!.pattern =
      "[x-asean-scam-indicator:kind = 'PHONE' AND x-asean-scam-indicator:value = '12']";
    const reportAt = broken.objects.findIndex((o) => o.type === 'report');
    (broken.objects[reportAt]!.object_refs as string[]).push(stixId('indicator', 'nowhere'));
    broken.objects.push({ ...broken.objects[reportAt]!, id: stixId('report', 'x'), published: '2026-13-01T00:00:00Z' });
    const path = join(dir, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const keyer = await fed.keying.keyer(nodeIdentity('KH'));
    const error = await importFile(kh.db, memberByCode('KH'), keyer, path).then(
      () => assert.fail('a broken bundle was imported'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ImportError);
    const text = formatImportErrors(path, error.errors);
    assert.match(
      text,
      new RegExp(`broken\\.json: objects\\[${phoneAt}\\]: pattern: PHONE "12": .*carry their country`),
    );
    assert.match(
      text,
      new RegExp(`broken\\.json: objects\\[${reportAt}\\]: object_refs\\[\\d\\]: indicator--\\S+ is not in the bundle`),
    );
    assert.match(
      text,
      new RegExp(
        `broken\\.json: objects\\[${broken.objects.length - 1}\\]: published: "2026-13-01T00:00:00Z" is not a STIX timestamp`,
      ),
    );
    const after = (await kh.db.dataSource.query('SELECT COUNT(*) AS n FROM scam_report')) as { n: number }[];
    assert.deepEqual(after, before);
  });

  test('the CLI exports a lookup to a file, refuses a value that does not normalise, and checks bundles', async () => {
    const out = join(dir, 'cli.json');
    const token = await fed.token({ member: 'TH', role: 'investigator' });
    const exportRun = await cli(
      ['export', '--query', 'lookup', '--kind', 'PHONE', '--value', '081-234-5678', '--region', 'TH', '--out', out],
      {
        GATEWAY_URL: fed.gatewayUrl,
        TOKEN: token,
      },
    );
    assert.equal(exportRun.status, 0, exportRun.stderr);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as Bundle;
    assert.deepEqual(checkBundle(bundle), []);
    assert.deepEqual(
      objectsOf(bundle, 'indicator').map((i) => i.id),
      objectsOf(exported, 'indicator')
        .filter((i) => extOf(i).kind === 'PHONE')
        .map((i) => i.id),
    );
    const invalid = await cli(
      ['export', '--query', 'lookup', '--kind', 'PHONE', '--value', '12', '--out', join(dir, 'no.json')],
      {
        GATEWAY_URL: fed.gatewayUrl,
        TOKEN: token,
      },
    );
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /--value: PHONE "12": .*\n.*nothing written/);
    assert.equal(existsSync(join(dir, 'no.json')), false);
    const checked = await cli(['check', out], {});
    assert.equal(checked.status, 0, checked.stderr);
    writeFileSync(
      out,
      JSON.stringify({ ...bundle, objects: bundle.objects.map((o) => ({ ...o, spec_version: '2.0' })) }),
    );
    const refused = await cli(['check', out], {});
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /cli\.json: objects\[0\]: spec_version: must be "2\.1", not "2\.0"/);
  });
});

function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'scripts/stix.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
