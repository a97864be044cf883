/**
 * Correlation over every indicator (issue 10, item 4): `region.correlation` finds every planted
 * cross-border indicator, whatever its count (one report per member is enough), pages through them
 * without loss or repeat, and uses exactly the members whose policy gives the caller lists: nothing a
 * member hides from the caller shows, not even as one of two holders.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members, type Member } from '../../schema/registry.js';
import { atLeast, SharingPolicy } from '../../subgraphs/national/policy/index.js';
import { insertReports, type FixtureReport } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const planted = 200;
const noisePerMember = 60;
const codes = members.map((m) => m.code);

/** Planted indicator j: an e-mail held by two members (every fifth by three), one report each. */
function holders(j: number): string[] {
  const a = j % codes.length;
  const b = (a + 1 + (j % 4)) % codes.length;
  const out = [codes[a]!, codes[b]!];
  if (j % 5 === 0) out.push(codes[(b + 2) % codes.length]!);
  return [...new Set(out)];
}
const email = (j: number) => `mule${j}@cross-border.example.org`;

/** Singapore's caller: these owners share SUMMARY with it, Indonesia refuses it, the rest give HIT. */
const sharesWithSg = ['TH', 'KH', 'MY', 'VN'];
function policy(owner: Member): SharingPolicy {
  const lines = SharingPolicy.defaultFor(owner).render().split('\n');
  const at = lines.findIndex((l) => l.startsWith('SELF')) + 1;
  if (sharesWithSg.includes(owner.code) && !(owner.partners ?? []).includes('SG')) {
    lines.splice(at, 0, 'SG * SUMMARY share-with-sg');
  }
  if (owner.code === 'ID') lines.splice(at, 0, 'SG * NONE refuse-sg');
  return SharingPolicy.parse(lines.join('\n'), `policy of ${owner.code}`, owner);
}
const policies = new Map(members.map((m) => [m.code, policy(m)]));

const page = `query ($after: String) {
  region(from: "2026-03-01", to: "2026-04-01") {
    correlation(first: 64, after: $after) {
      totalCount hasNextPage endCursor
      coverage { answered refused unavailable }
      entries { fingerprint indicator { id } kind members { code } reportCount }
    }
  }
}`;
interface Page {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  coverage: { answered: string[]; refused: string[]; unavailable: string[] };
  entries: {
    fingerprint: string;
    indicator: { id: string };
    kind: string;
    members: { code: string }[];
    reportCount: number;
  }[];
}

describe(`correlation finds all ${planted} planted cross-border indicators, and nothing a policy hides`, () => {
  let fed: Federation;
  const idOf = new Map<number, string>();
  before(async () => {
    fed = await startFederation({
      policy: (member) => policies.get(member.code)!,
      seed: async ({ member, db }) => {
        const reports: FixtureReport[] = [];
        for (let j = 0; j < planted; j++) {
          if (!holders(j).includes(member.code)) continue;
          reports.push(fixture(`${member.code}-X${j}`, email(j)));
        }
        // each member's own indicators, in nobody else's reports
        for (let n = 0; n < noisePerMember; n++)
          reports.push(fixture(`${member.code}-N${n}`, `local${n}@${member.ns}.example.org`));
        await insertReports(db, member, testKey, reports);
      },
    });
    const ids = await fed.query<Record<string, { id: string }>>(
      `{ ${Array.from({ length: 10 }, (_, j) => `i${j}: indicator(kind: EMAIL, value: "${email(j)}") { id }`).join(' ')} }`,
    );
    assert.equal(ids.errors, undefined, JSON.stringify(ids.errors));
    for (let j = 0; j < 10; j++) idOf.set(j, ids.data![`i${j}`]!.id);
  });
  after(() => fed?.close());

  async function all(token?: string): Promise<{ pages: Page[]; entries: Page['entries'] }> {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const res: { data?: { region: { correlation: Page } } | null; errors?: unknown } = await fed.query<{
        region: { correlation: Page };
      }>(page, { after }, token ? { token } : {});
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const p = res.data!.region.correlation;
      pages.push(p);
      after = p.hasNextPage ? p.endCursor : null;
    } while (after);
    return { pages, entries: pages.flatMap((p) => p.entries) };
  }

  test('a Working-Group analyst (SUMMARY everywhere) gets every planted indicator with exactly its holders', async () => {
    const { pages, entries } = await all();
    assert.equal(pages[0]!.totalCount, planted);
    assert.equal(entries.length, planted);
    assert.deepEqual(pages[0]!.coverage.answered, codes);
    const ids = new Set(entries.map((e) => e.indicator.id));
    assert.equal(ids.size, planted, 'no repeats across pages');
    for (let j = 0; j < 10; j++) {
      const entry = entries.find((e) => e.indicator.id === idOf.get(j));
      assert.ok(entry, `planted ${j}`);
      assert.deepEqual(entry.members.map((m) => m.code).sort(), holders(j).sort());
      assert.equal(entry.kind, 'EMAIL');
    }
    const sizes = entries.map((e) => e.members.length);
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
      'most members first',
    );
    assert.ok(entries.every((e) => e.members.length >= 2));
  });

  test('a Singapore analyst sees only what the members sharing lists with it hold, named only among them', async () => {
    const token = await fed.token({ member: 'SG', role: 'analyst' });
    const visible = codes.filter((c) =>
      atLeast(policies.get(c)!.decide({ member: 'SG', role: 'analyst', subject: 's' }).level, 'SUMMARY'),
    );
    assert.deepEqual(visible.sort(), ['KH', 'MY', 'SG', 'TH', 'VN']);
    const expected = Array.from({ length: planted }, (_, j) => j)
      .map((j) => holders(j).filter((c) => visible.includes(c)))
      .filter((h) => h.length >= 2);
    const { pages, entries } = await all(token);
    assert.deepEqual(pages[0]!.coverage.answered.sort(), visible);
    assert.ok(pages[0]!.coverage.refused.includes('ID'));
    assert.equal(pages[0]!.totalCount, expected.length);
    assert.ok(expected.length > 20 && expected.length < planted, `${expected.length} visible`);
    assert.deepEqual(
      entries
        .map((e) =>
          e.members
            .map((m) => m.code)
            .sort()
            .join(','),
        )
        .sort(),
      expected.map((h) => h.sort().join(',')).sort(),
    );
  });

  test('paging arguments are checked', async () => {
    const res = await fed.query(
      '{ region(from: "2026-03-01", to: "2026-04-01") { correlation(after: "nope") { totalCount } } }',
    );
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});

function fixture(reference: string, value: string): FixtureReport {
  return {
    reference,
    reportedAt: '2026-03-15T10:00:00Z',
    scamType: 'INVESTMENT',
    channel: 'EMAIL',
    lossMinor: 100_00,
    indicators: [{ kind: 'EMAIL', value, role: 'CONTACT_EMAIL' }],
  };
}
