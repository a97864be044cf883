import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const screen = `query Screen($items: [IndicatorInput!]!) {
  screen(indicators: $items) {
    index
    problem { code message field }
    indicator { id sightings { member { code } reportCount } coverage { complete unavailable } }
  }
}`;

// 500 items: 496 distinct valid numbers, the planted one twice (Apollo does not de-duplicate
// representations; the node's DataLoader must), one invalid and one with an unknown region.
function items() {
  const list: { kind: string; value: string; region?: string }[] = [];
  for (let i = 0; i < 496; i++) list.push({ kind: 'PHONE', value: `+6681${String(2000000 + i)}` });
  list.splice(10, 0, { kind: 'PHONE', value: '089-999-0001', region: 'TH' });
  list.splice(300, 0, { kind: 'PHONE', value: '+84 90 999 0001' });
  list.splice(200, 0, { kind: 'PHONE', value: 'call me' });
  list.push({ kind: 'BANK_ACCOUNT', value: '004:1234567890', region: 'ZZ' });
  return list;
}

describe('routing: a 500-indicator screen', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      seed: async ({ member, db }) => {
        if (!['TH', 'VN'].includes(member.code)) return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-1`,
            reportedAt: '2026-01-10T00:00:00Z',
            scamType: 'INVESTMENT',
            channel: 'SOCIAL_MEDIA',
            lossMinor: 99_00,
            indicators: [
              { kind: 'PHONE', value: '+66899990001', role: 'CALLER_NUMBER' },
              { kind: 'PHONE', value: '+84909990001', role: 'CALLER_NUMBER' },
            ],
          },
        ]);
      },
    });
  });
  after(() => fed?.close());

  test('reaches each member as ONE _entities call answered with ONE SQL statement', async () => {
    const list = items();
    assert.equal(list.length, 500);
    fed.resetCounters();
    const res = await fed.query(screen, { items: list });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    // the hub: the screen itself, then ONE @requires call for both sightings and coverage
    assert.deepEqual(fed.hubCounter, { operations: 2, entityCalls: 1 });
    for (const node of fed.nodes.values()) {
      assert.equal(node.entityCalls, 1, `${node.member.code}: _entities calls`);
      assert.equal(node.operations, 1, `${node.member.code}: operations`);
      // reads only: the audit entry the node writes for a cross-border answer is not part of the lookup
      const lookups = node.db.queries.recent.filter((q) => !/audit_log/.test(q));
      assert.equal(lookups.length, 1, `${node.member.code}: SQL statements\n${lookups.join('\n')}`);
    }

    const results = (
      res.data as {
        screen: {
          index: number;
          problem: { field: string | null; message: string } | null;
          indicator: { sightings: { member: { code: string } }[]; coverage: { complete: boolean } } | null;
        }[];
      }
    ).screen;
    assert.equal(results.length, 500);
    assert.deepEqual(
      results.map((r) => r.index),
      list.map((_, i) => i),
    );
    const problems = results.filter((r) => r.problem);
    assert.deepEqual(
      problems.map((p) => [p.index, p.problem!.field]),
      [
        [200, 'indicators[200].value'],
        [499, 'indicators[499].region'],
      ],
    );
    const hits = results.filter((r) => r.indicator?.sightings?.length);
    // both planted numbers are in both TH's and VN's report
    assert.deepEqual(
      hits.map((h) => [h.index, h.indicator!.sightings.map((s) => s.member.code)]),
      [
        [10, ['TH', 'VN']],
        [301, ['TH', 'VN']],
      ],
    );
    assert.ok(results.every((r) => r.problem || r.indicator!.coverage.complete));
  });

  test('the same indicator twice in one request is one representation per member after de-duplication', async () => {
    fed.resetCounters();
    const res = await fed.query(screen, {
      items: [
        { kind: 'PHONE', value: '+66899990001' },
        { kind: 'PHONE', value: '089 999 0001', region: 'TH' },
      ],
    });
    assert.equal(res.errors, undefined);
    for (const node of fed.nodes.values()) {
      assert.equal(node.db.queries.recent.filter((q) => !/audit_log/.test(q)).length, 1, node.member.code);
      // one `_entities` call carried both spellings: the gateway did not fan the duplicate out twice
      assert.equal(node.entityCalls, 1, node.member.code);
    }
  });

  test('members are called over kept-alive connections, not one connection per request', async () => {
    fed.resetCounters();
    for (let i = 0; i < 10; i++) {
      const res = await fed.query(screen, { items: [{ kind: 'PHONE', value: `+6681${String(3000000 + i)}` }] });
      assert.equal(res.errors, undefined);
    }
    for (const node of fed.nodes.values()) {
      assert.equal(node.operations, 10, node.member.code);
      assert.ok(node.connections <= 1, `${node.member.code}: ${node.connections} connections for 10 requests`);
    }
  });
});
