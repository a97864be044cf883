/**
 * Reading a STIX 2.1 bundle as import rows, without a database: a report becomes one row with its
 * indicators, kinds and roles; problems are numbered by object (or name the bundle), a malformed object's
 * problem is not repeated at the report naming it, and a bundle without a report is refused.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readRows, type RawRow } from '../../subgraphs/national/import/readRows.js';
import { buildBundle } from '../../shared/stix/buildBundle.js';
import { patternOf } from '../../shared/stix/indicatorPattern.js';
import { EXTENSION_ID, stixId } from '../../shared/stix/stixVocabulary.js';

const now = new Date('2026-11-29T10:00:00.000Z');

describe('reading a bundle for import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stix-read-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const read = async (name: string, content: string): Promise<RawRow[]> => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const rows: RawRow[] = [];
    for await (const row of readRows(path, 'stix')) rows.push(row);
    return rows;
  };
  const problems = (rows: RawRow[]) =>
    rows.filter((r) => r.problem).map((r) => [r.line - 1, r.problem!.field, r.problem!.reason]);

  test('a report becomes one row with its indicators, kinds and roles', async () => {
    const report = { ...item(), id: stixId('report', 'r') };
    const bundle = buildBundle([], { tlp: 'amber', now });
    const phone = stixId('indicator', 'p');
    bundle.objects.push(
      {
        type: 'indicator',
        spec_version: '2.1',
        id: phone,
        created: now.toISOString(),
        modified: now.toISOString(),
        pattern: patternOf('PHONE', '+66812345678'),
        pattern_type: 'stix',
        valid_from: now.toISOString(),
      } as never,
      {
        ...report,
        object_refs: [phone],
        extensions: {
          [EXTENSION_ID]: {
            extension_type: 'property-extension',
            reference: 'R-1',
            scam_type: 'LOAN',
            channel: 'SMS',
            indicator_roles: { [phone]: 'CALLER_NUMBER' },
          },
        },
      } as never,
    );
    const rows = await read('ok.json', JSON.stringify(bundle));
    assert.deepEqual(problems(rows), []);
    assert.deepEqual(
      rows.map((r) => [r.line - 1, r.fields]),
      [
        [
          bundle.objects.length - 1,
          {
            reference: 'R-1',
            reported_at: '2026-03-01T00:00:00.000Z',
            scam_type: 'LOAN',
            channel: 'SMS',
            indicators: [{ kind: 'PHONE', value: '+66812345678', role: 'CALLER_NUMBER' }],
          },
        ],
      ],
    );
  });

  test('a bundle without a report is refused as a whole', async () => {
    const bundle = buildBundle([], { tlp: 'amber', now });
    const rows = await read('none.json', JSON.stringify(bundle));
    assert.deepEqual(
      problems(rows).map((p) => p.slice(0, 2)),
      [[-1, 'objects']],
    );
  });

  test('problems are numbered by object: JSON, types, references, duplicates, patterns', async () => {
    assert.deepEqual(
      problems(await read('bad.json', '{"type": "bundle",')).map((p) => p.slice(0, 2)),
      [[-1, 'json']],
    );
    const indicator = (n: string, pattern: string) => ({
      type: 'indicator',
      spec_version: '2.1',
      id: stixId('indicator', n),
      created: now.toISOString(),
      modified: now.toISOString(),
      pattern,
      pattern_type: 'stix',
      valid_from: now.toISOString(),
    });
    const identity = {
      type: 'identity',
      spec_version: '2.1',
      id: stixId('identity', 'i'),
      created: now.toISOString(),
      modified: now.toISOString(),
      name: 'x',
    };
    const objects = [
      indicator('a', "[url:value = 'https://example.com/']"), // 0: named by no report: read, not stored
      { ...identity, type: 'malware', id: stixId('malware', 'm'), is_family: false }, // 1: not imported
      identity, // 2
      { ...item(), object_refs: [identity.id] }, // 3: names an identity
      indicator('a', "[url:value = 'https://example.com/']"), // 4: same id as 0
      indicator('b', "[domain-name:value = 'not a domain']"), // 5: does not normalise (one problem, not two)
      { ...indicator('c', "[domain-name:value = 'example.com']"), spec_version: '2.0' }, // 6: malformed
      { ...item(), id: stixId('report', 'y'), object_refs: [stixId('indicator', 'c')] }, // 7: names 6, no problem of its own
    ];
    const rows = await read(
      'many.json',
      JSON.stringify({ type: 'bundle', id: 'bundle--6ba7b810-9dad-41d1-80b4-00c04fd430c8', objects }),
    );
    const found = problems(rows)
      .map(([i, field]) => `${i as number}:${field as string}`)
      .sort();
    assert.deepEqual(found, ['1:type', '3:object_refs[0]', '4:id', '5:pattern', '6:spec_version'].sort());
    assert.equal(rows.filter((r) => r.fields).length, 0);
  });

  function item() {
    return {
      type: 'report',
      spec_version: '2.1',
      id: stixId('report', 'x'),
      created: now.toISOString(),
      modified: now.toISOString(),
      name: 'R',
      published: '2026-03-01T00:00:00.000Z',
      object_refs: [] as string[],
    };
  }
});
