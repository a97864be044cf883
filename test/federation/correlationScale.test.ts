/**
 * Correlation at scale through the real federation (issue 10): 1,000 planted cross-border indicators (each
 * held by two or three members) among each member's 2,000 synthetic reports, whose own syndicate pool
 * makes more cross-border indicators. Paging `region.correlation` to its end finds every planted one with
 * exactly its holders, and exactly the indicators two or more members hold according to the members'
 * databases (the truth is read from them, not written here). A Singapore analyst, whom Indonesia refuses
 * and six members give no lists, gets exactly the indicators two or more of the five sharing members hold,
 * named only among them; coverage names the members used and the one that refused.
 * The seed keys in-process with the federation's test key (the keying service's own key): this test is
 * about correlation, not keying (test/keying/ and test/security/blindKeying.test.ts are).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members, type Member } from '../../schema/registry.js';
import { atLeast, SharingPolicy } from '../../subgraphs/national/policy/index.js';
import { seedMember } from '../../subgraphs/national/seed/seedMember.js';
import { digestIndicator, indicatorId, normalizeIndicator } from '../../shared/indicators/index.js';
import { LocalKeyer } from '../../shared/keying/LocalKeyer.js';
import { insertReports, type FixtureReport } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const planted = 1_000;
const reportsPerMember = 2_000;
const codes = members.map((m) => m.code);
const period = { from: '2023-06-01', to: '2026-06-01' };

/** Planted indicator j: held by two members, every fourth by three. */
function holders(j: number): string[] {
  const a = j % codes.length;
  const b = (a + 1 + (j % 5)) % codes.length;
  const out = [codes[a]!, codes[b]!];
  if (j % 4 === 0) out.push(codes[(b + 3) % codes.length]!);
  return [...new Set(out)];
}
const value = (j: number) => `planted${j}@correlation-scale.example.org`;
const plantedId = (j: number) => {
  const c = normalizeIndicator('EMAIL', value(j));
  return indicatorId(c.kind, digestIndicator(c.kind, c.canonical, testKey));
};

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
  region(from: "${period.from}", to: "${period.to}") {
    correlation(first: 64, after: $after) {
      totalCount hasNextPage endCursor
      coverage { answered refused unavailable }
      entries { indicator { id } members { code } }
    }
  }
}`;
interface Page {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  coverage: { answered: string[]; refused: string[]; unavailable: string[] };
  entries: { indicator: { id: string }; members: { code: string }[] }[];
}

describe(`correlation finds all ${planted} planted cross-border indicators among ${reportsPerMember} reports per member`, () => {
  let fed: Federation;
  /** id -> the members whose database links it to a report in the period. */
  const heldBy = new Map<string, string[]>();
  before(async () => {
    fed = await startFederation({
      policy: (member) => policies.get(member.code)!,
      seed: async ({ member, db }) => {
        await seedMember(db, member, new LocalKeyer(testKey), { reports: reportsPerMember, seed: 10 });
        const reports: FixtureReport[] = [];
        for (let j = 0; j < planted; j++) {
          if (holders(j).includes(member.code)) reports.push(fixture(`${member.code}-P${j}`, value(j)));
        }
        await insertReports(db, member, testKey, reports);
      },
    });
    for (const [code, node] of fed.nodes) {
      const rows = (await node.db.dataSource.query(
        `SELECT DISTINCT i.kind, i.digest FROM indicator i
          JOIN report_indicator ri ON ri.indicator_id = i.id JOIN scam_report r ON r.id = ri.report_id
          WHERE r.reported_at >= ? AND r.reported_at < ?`,
        [`${period.from} 00:00:00.000`, `${period.to} 00:00:00.000`],
      )) as { kind: string; digest: string }[];
      for (const r of rows) {
        const id = `${r.kind}:${r.digest}`;
        heldBy.set(id, [...(heldBy.get(id) ?? []), code]);
      }
    }
  });
  after(() => fed?.close());

  /** Every page to the end: each entry's id and its members, sorted. */
  async function everything(token?: string): Promise<{ first: Page; found: Map<string, string[]> }> {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const res: { data?: { region: { correlation: Page } } | null; errors?: unknown } = await fed.query<{
        region: { correlation: Page };
      }>(page, { after }, token ? { token } : {});
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      pages.push(res.data!.region.correlation);
      after = pages.at(-1)!.hasNextPage ? pages.at(-1)!.endCursor : null;
    } while (after);
    const entries = pages.flatMap((p) => p.entries);
    const found = new Map(entries.map((e) => [e.indicator.id, e.members.map((m) => m.code).sort()]));
    assert.equal(found.size, entries.length, 'no indicator on two pages');
    assert.equal(entries.length, pages[0]!.totalCount);
    return { first: pages[0]!, found };
  }

  /** The truth: ids two or more of `visible` hold, with those holders. */
  function expected(visible: readonly string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [id, holders] of heldBy) {
      const seen = holders.filter((c) => visible.includes(c)).sort();
      if (seen.length >= 2) out.set(id, seen);
    }
    return out;
  }

  test('a Working-Group analyst gets every planted indicator, and exactly what two or more members hold', async () => {
    const { first, found } = await everything();
    assert.deepEqual(first.coverage.answered, codes);
    for (let j = 0; j < planted; j++) {
      assert.deepEqual(found.get(plantedId(j)), holders(j).sort(), `planted ${j}`);
    }
    const truth = expected(codes);
    assert.ok(truth.size > planted, `the seed's own cross-border indicators are there too (${truth.size})`);
    assert.deepEqual(found, truth);
  });

  test('a Singapore analyst gets exactly what two or more of the members sharing with it hold, and nothing else', async () => {
    const token = await fed.token({ member: 'SG', role: 'analyst' });
    const visible = codes.filter((c) =>
      atLeast(policies.get(c)!.decide({ member: 'SG', role: 'analyst', subject: 's' }).level, 'SUMMARY'),
    );
    assert.deepEqual(visible.sort(), ['KH', 'MY', 'SG', 'TH', 'VN']);
    const { first, found } = await everything(token);
    assert.deepEqual(first.coverage.answered.sort(), visible);
    assert.ok(first.coverage.refused.includes('ID'));
    const truth = expected(visible);
    assert.deepEqual(found, truth);
    // the planted ones two sharing members hold are all there; the rest are not, not even partly
    for (let j = 0; j < planted; j++) {
      const seen = holders(j)
        .filter((c) => visible.includes(c))
        .sort();
      assert.deepEqual(found.get(plantedId(j)), seen.length >= 2 ? seen : undefined, `planted ${j}`);
    }
    for (const names of found.values())
      assert.ok(
        names.every((c) => visible.includes(c)),
        names.join(','),
      );
  });
});

function fixture(reference: string, email: string): FixtureReport {
  return {
    reference,
    reportedAt: '2025-06-15T10:00:00Z',
    scamType: 'INVESTMENT',
    channel: 'EMAIL',
    lossMinor: 100_00,
    indicators: [{ kind: 'EMAIL', value: email, role: 'CONTACT_EMAIL' }],
  };
}
