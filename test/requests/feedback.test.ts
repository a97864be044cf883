/**
 * Feedback on indicators through the real gateway (issue 11, item 2): members record verdicts at their own
 * nodes; the hub's assessment says them across the region; a false positive lowers the weight and deletes
 * nothing; a verdict is shared only at the owner's SUMMARY level; bad input is named; every verdict is in
 * the owner's audit chain.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AuditLog, operationHash } from '../../subgraphs/national/audit/AuditLog.js';
import { feedbackText } from '../../subgraphs/national/feedback/IndicatorFeedbacks.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation, type GraphQLResult } from '../helpers/startFederation.js';

const account = 'KH:ACLEDA:007654321';
const holders = ['MY', 'SG', 'KH'];
const now = Date.parse('2026-05-02T09:00:00.000Z');

const lookup = `query($value: String!) {
  indicator(kind: BANK_ACCOUNT, value: $value) {
    id
    sightings { member { code } reportCount }
    assessment { summary confirmedIn falsePositiveIn actionedIn { member action since } hitMembers activeMembers }
  }
}`;
const record = (ns: string) =>
  `mutation($input: FeedbackInput!) { ${ns} { recordFeedback(input: $input) { verdict action since } } }`;

interface Assessed {
  indicator: {
    id: string;
    sightings: { member: { code: string }; reportCount: number }[];
    assessment: {
      summary: string | null;
      confirmedIn: string[];
      falsePositiveIn: string[];
      actionedIn: { member: string; action: string; since: string }[];
      hitMembers: number;
      activeMembers: number;
    };
  };
}

function ok<T>(res: GraphQLResult<T>): T {
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data!;
}

describe('feedback on indicators through the gateway', () => {
  let fed: Federation;
  let id = '';
  const tokens: Record<string, string> = {};
  const as = (who: string, query: string, variables?: Record<string, unknown>) =>
    fed.query(query, variables, { token: tokens[who]! });
  const assess = async () => ok(await fed.query<Assessed>(lookup, { value: account })).indicator;

  before(async () => {
    fed = await startFederation({
      clock: () => new Date(now),
      seed: async ({ member, db }) => {
        if (!holders.includes(member.code)) return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-FB-1`,
            reportedAt: '2026-04-20T10:00:00Z',
            scamType: 'JOB_TASK',
            channel: 'MESSAGING_APP',
            lossMinor: 50_000,
            indicators: [{ kind: 'BANK_ACCOUNT', value: account, role: 'BENEFICIARY_ACCOUNT' }],
          },
        ]);
      },
    });
    for (const [who, member, role] of [
      ['khOperator', 'KH', 'operator'],
      ['sgInvestigator', 'SG', 'investigator'],
      ['myOperator', 'MY', 'operator'],
      ['thInvestigator', 'TH', 'investigator'],
      ['thAnalyst', 'TH', 'analyst'],
      ['sgAnalyst', 'SG', 'analyst'],
    ] as const) {
      tokens[who] = await fed.token({ member, role });
    }
  });
  after(() => fed?.close());

  test('without any verdict the assessment weighs every member that reports it', async () => {
    const indicator = await assess();
    id = indicator.id;
    assert.deepEqual(
      { summary: indicator.assessment.summary, hit: indicator.assessment.hitMembers },
      { summary: null, hit: 3 },
    );
    assert.equal(indicator.assessment.activeMembers, 3);
  });

  test('each member records its verdict at its own node; the hub says them across the region', async () => {
    const kh = ok(
      await as('khOperator', record('khm'), {
        input: { indicator: id, verdict: 'ACTIONED', action: 'FREEZE_ACCOUNT', since: '2026-05-01' },
      }),
    );
    assert.deepEqual(kh, {
      khm: { recordFeedback: { verdict: 'ACTIONED', action: 'FREEZE_ACCOUNT', since: '2026-05-01' } },
    });
    ok(await as('sgInvestigator', record('sgp'), { input: { indicator: id, verdict: 'FALSE_POSITIVE' } }));
    ok(await as('myOperator', record('mys'), { input: { indicator: id, verdict: 'CONFIRMED' } }));

    const indicator = await assess();
    assert.equal(indicator.assessment.summary, 'frozen in KH since 2026-05-01; false positive in SG; confirmed in MY');
    assert.deepEqual(indicator.assessment.actionedIn, [
      { member: 'KH', action: 'FREEZE_ACCOUNT', since: '2026-05-01' },
    ]);
    assert.deepEqual(indicator.assessment.falsePositiveIn, ['SG']);
    assert.deepEqual(indicator.assessment.confirmedIn, ['MY']);
    assert.equal(indicator.assessment.activeMembers, 2, 'the false positive lowers what the region weighs');
    assert.equal(indicator.assessment.hitMembers, 3);
    assert.deepEqual(
      indicator.sightings.map((s) => [s.member.code, s.reportCount]),
      [
        ['MY', 1],
        ['SG', 1],
        ['KH', 1],
      ],
      "and deletes nothing: Singapore's hit and report stay",
    );
  });

  test('a later verdict supersedes an earlier one, which stays in the history', async () => {
    ok(
      await as('sgInvestigator', record('sgp'), {
        input: { indicator: id, verdict: 'CONFIRMED', since: '2026-05-02' },
      }),
    );
    const indicator = await assess();
    assert.deepEqual(indicator.assessment.falsePositiveIn, []);
    assert.deepEqual(indicator.assessment.confirmedIn, ['MY', 'SG'], 'in registry order');
    assert.equal(indicator.assessment.activeMembers, 3);
    const rows = (await fed.nodes
      .get('SG')!
      .db.dataSource.query('SELECT verdict FROM indicator_feedback ORDER BY id')) as { verdict: string }[];
    assert.deepEqual(
      rows.map((r) => r.verdict),
      ['FALSE_POSITIVE', 'CONFIRMED'],
    );
  });

  test("a verdict is shared at the owner's SUMMARY level: below it, null and listed as withheld", async () => {
    const q = `query($value: String!) { indicator(kind: BANK_ACCOUNT, value: $value) {
      khm { level hit feedback { verdict since } redactions { field levelNeeded } } } }`;
    const below = ok(await as('sgAnalyst', q, { value: account })) as {
      indicator: { khm: { level: string; hit: boolean; feedback: unknown; redactions: { field: string }[] } };
    };
    assert.equal(below.indicator.khm.level, 'HIT');
    assert.equal(below.indicator.khm.hit, true);
    assert.equal(below.indicator.khm.feedback, null);
    assert.ok(below.indicator.khm.redactions.some((r) => r.field === 'feedback'));
    const partner = ok(await as('thAnalyst', q, { value: account })) as {
      indicator: { khm: { feedback: { verdict: string; since: string }[] } };
    };
    assert.deepEqual(
      partner.indicator.khm.feedback,
      [{ verdict: 'ACTIONED', since: '2026-05-01' }],
      "Thailand is Cambodia's MoU partner: its verdicts, newest first",
    );
  });

  test('bad input is refused naming the field; only the member itself records its verdicts', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ indicator: id, verdict: 'ACTIONED' }, 'input.action'],
      [{ indicator: id, verdict: 'ACTIONED', action: 'IDENTIFY_HOLDER' }, 'input.action'],
      [{ indicator: id, verdict: 'CONFIRMED', action: 'TAKE_DOWN' }, 'input.action'],
      [{ indicator: id, verdict: 'CONFIRMED', since: '2026-05-03' }, 'input.since'],
      [{ indicator: 'KH:IND:999999', verdict: 'CONFIRMED' }, 'input.indicator'],
    ];
    for (const [input, field] of cases) {
      const e = (await as('khOperator', record('khm'), { input })).errors?.[0];
      assert.deepEqual([e?.extensions?.code, e?.extensions?.field], ['BAD_USER_INPUT', field], JSON.stringify(input));
    }
    for (const who of ['thInvestigator', 'sgInvestigator']) {
      const e = (await as(who, record('khm'), { input: { indicator: id, verdict: 'FALSE_POSITIVE' } })).errors?.[0];
      assert.equal(e?.extensions?.code, 'FORBIDDEN', who);
    }
  });

  test("every verdict is in the owner's audit chain, which verifies", async () => {
    const kh = fed.nodes.get('KH')!;
    const log = new AuditLog(kh.db);
    const entries = await log.list(1000);
    assert.deepEqual(await log.verify(), { ok: true, entries: entries.length });
    const digest = id.slice('BANK_ACCOUNT:'.length);
    const expected = feedbackText({
      indicatorKind: 'BANK_ACCOUNT',
      indicatorDigest: digest,
      verdict: 'ACTIONED',
      action: 'FREEZE_ACCOUNT',
      since: '2026-05-01',
      recordedAt: new Date(now),
      recordedBy: 'kh-operator@test',
    });
    const entry = entries.find((e) => e.operationHash === operationHash(expected));
    assert.ok(entry, 'the verdict is in the chain');
    assert.deepEqual(entry.digests, [digest]);
  });
});
