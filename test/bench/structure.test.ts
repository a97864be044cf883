/**
 * The structural facts `npm run bench` relies on, through the in-process federation with the bench's own
 * queries (bench/scenarios.ts): every member is reached by ONE `_entities` call per request whatever the
 * batch size, and answers it with at most two SQL statements (the lookup, plus the audit entry a foreign
 * caller's answer writes). A regression to N+1 (a call or a statement per indicator) fails here, long before
 * anyone reads a benchmark.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members } from '../../schema/registry.js';
import { lookupQuery, pivotQuery, screenQuery, searchQuery, statsQuery } from '../../bench/scenarios.js';
import { insertReports, type FixtureReport } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation, type MemberNode } from '../helpers/startFederation.js';

const home = members[0]!;
const shared = '+66899990001';
// a bank of the home member's directory: an account at a bank the directory does not know is refused
const mule = `${home.code}:${home.banks[0]!.code}:1234567890`;
// the pivot's report names five indicators: an N+1 would show as five statements or calls per member
const pivotIndicators = [
  { kind: 'PHONE', value: shared, role: 'CALLER_NUMBER' },
  { kind: 'PHONE', value: '+84909990002', role: 'CALLER_NUMBER' },
  { kind: 'DOMAIN', value: 'parcel-refund.example.com', role: 'WEBSITE_DOMAIN' },
  { kind: 'URL', value: 'https://parcel-refund.example.com/pay', role: 'PHISHING_URL' },
  { kind: 'EMAIL', value: 'refund@parcel-refund.example.com', role: 'CONTACT_EMAIL' },
];

function fixtures(code: string): FixtureReport[] {
  const reports: FixtureReport[] = [
    {
      reference: `${code}-1`,
      reportedAt: '2026-01-10T00:00:00Z',
      scamType: 'INVESTMENT',
      channel: 'SOCIAL_MEDIA',
      lossMinor: 99_00,
      indicators: [{ kind: 'PHONE', value: shared, role: 'CALLER_NUMBER' }],
    },
  ];
  if (code === home.code) {
    reports.push({
      reference: `${code}-PIVOT`,
      reportedAt: '2026-02-01T00:00:00Z',
      scamType: 'PARCEL_CUSTOMS',
      channel: 'SMS',
      lossMinor: 250_00,
      indicators: pivotIndicators,
    });
  }
  return reports;
}

/** A 1,000-item screen: the planted indicators, then numbers nobody reported. */
function screenItems(): { kind: string; value: string }[] {
  const items = pivotIndicators.map(({ kind, value }) => ({ kind, value }));
  for (let i = 0; items.length < 1000; i++) items.push({ kind: 'PHONE', value: `+6681${String(4000000 + i)}` });
  return items;
}

const byMember = (fed: Federation, pick: (n: MemberNode) => number) =>
  Object.fromEntries([...fed.nodes.values()].map((n) => [n.member.code, pick(n)]));
const statements = (node: MemberNode) => `${node.member.code}:\n${node.db.queries.recent.join('\n')}`;

describe('bench structure: calls and SQL statements per member per request', () => {
  let fed: Federation;
  let analyst: string;
  before(async () => {
    fed = await startFederation({
      seed: async ({ member, db }) => {
        await insertReports(db, member, testKey, fixtures(member.code));
        if (member.code === home.code) {
          await insertReports(db, member, testKey, [
            {
              reference: `${member.code}-MULE`,
              reportedAt: '2026-03-01T00:00:00Z',
              scamType: 'LOAN',
              channel: 'MESSAGING_APP',
              lossMinor: 10_00,
              indicators: [{ kind: 'BANK_ACCOUNT', value: mule, role: 'BENEFICIARY_ACCOUNT' }],
            },
          ]);
        }
      },
    });
    // the single-member scenarios read reports: the home member's own analyst may
    analyst = await fed.token({ member: home.code, role: 'analyst' });
    // steady state: a node reads its audit chain's head once, on its first answer, then keeps it
    const warm = await fed.query(lookupQuery, { kind: 'PHONE', value: shared });
    assert.equal(warm.errors, undefined, JSON.stringify(warm.errors));
  });
  after(() => fed?.close());

  async function run(query: string, variables: Record<string, unknown>, token?: string) {
    fed.resetCounters();
    const res = await fed.query(query, variables, token ? { token } : {});
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res;
  }

  test('screening 1,000 indicators: one _entities call and at most two SQL statements per member', async () => {
    const res = await run(screenQuery, { items: screenItems() });
    const results = (res.data as { screen: { indicator: { sightings: unknown[] } | null }[] }).screen;
    assert.equal(results.length, 1000);
    assert.equal(results.filter((r) => r.indicator?.sightings.length).length, pivotIndicators.length);
    for (const node of fed.nodes.values()) {
      assert.equal(node.entityCalls, 1, `${node.member.code}: _entities calls`);
      assert.equal(node.operations, 1, `${node.member.code}: operations`);
      assert.ok(node.db.queries.count <= 2, statements(node));
    }
  });

  test('a cross-border lookup is one fetch per member, answered with at most two statements', async () => {
    const res = await run(lookupQuery, { kind: 'PHONE', value: shared });
    const sightings = (res.data as { indicator: { sightings: { member: { code: string } }[] } }).indicator.sightings;
    assert.equal(sightings.length, members.length);
    assert.deepEqual(
      byMember(fed, (n) => n.operations),
      byMember(fed, () => 1),
    );
    assert.deepEqual(
      byMember(fed, (n) => n.entityCalls),
      byMember(fed, () => 1),
    );
    for (const node of fed.nodes.values()) assert.ok(node.db.queries.count <= 2, statements(node));
  });

  test("the pivot fetches each member once for all of the report's indicators", async () => {
    const res = await run(pivotQuery(home.ns), { id: `${home.code}-PIVOT` }, analyst);
    const report = (res.data as Record<string, { report: { indicators: unknown[] } }>)[home.ns]!.report;
    assert.equal(report.indicators.length, pivotIndicators.length);
    for (const node of fed.nodes.values()) {
      const isHome = node.member.code === home.code;
      // the home member also serves the report itself (one operation that may resolve its own part too)
      assert.ok(node.operations <= (isHome ? 2 : 1), `${node.member.code}: ${node.operations} operations`);
      assert.ok(node.entityCalls <= 1, `${node.member.code}: ${node.entityCalls} _entities calls`);
      if (!isHome) assert.equal(node.entityCalls, 1, `${node.member.code}: _entities calls`);
      // report + links + sightings (+ audit) at home; sightings (+ audit) elsewhere: never one per indicator
      assert.ok(node.db.queries.count <= (isHome ? 4 : 2), statements(node));
    }
  });

  test('regional statistics: one _entities call, the aggregate once per period and data version', async () => {
    const period = { from: '2026-01-01', to: '2026-04-01' };
    // cold: the node's data version, the aggregate, the audit entry
    await run(statsQuery, period);
    for (const node of fed.nodes.values()) {
      assert.equal(node.entityCalls, 1, `${node.member.code}: _entities calls`);
      assert.ok(node.db.queries.count <= 3, statements(node));
    }
    // warm (the bench's steady state): the aggregate comes from the node's period memo, unchanged data
    await run(statsQuery, period);
    for (const node of fed.nodes.values()) {
      assert.equal(node.entityCalls, 1, `${node.member.code}: _entities calls`);
      assert.ok(node.db.queries.count <= 2, statements(node));
      assert.ok(!node.db.queries.recent.some((q) => q.includes('GROUP BY')), statements(node));
    }
  });

  test('a single-member search reaches only that member, with one operation', async () => {
    const res = await run(searchQuery(home.ns), { first: 20, filter: null }, analyst);
    const page = (res.data as Record<string, { reports: { totalCount: number } }>)[home.ns]!.reports;
    assert.equal(page.totalCount, 3);
    for (const node of fed.nodes.values()) {
      const isHome = node.member.code === home.code;
      assert.equal(node.operations, isHome ? 1 : 0, `${node.member.code}: operations`);
      assert.ok(node.db.queries.count <= (isHome ? 2 : 0), statements(node));
    }
  });
});
