/**
 * Service-level figures (issue 11, item 5): each node computes how many requests for assistance it got in a
 * period and the median time to acknowledge and to action them, on SQLite and PostgreSQL, with EXPIRED
 * read from the injected clock; the owner's k withholds small samples below DETAIL; and the hub's
 * `Region.serviceLevels` gives each member's figures with coverage, through the real gateway.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members, memberByCode } from '../../schema/registry.js';
import { AuditLog } from '../../subgraphs/national/audit/AuditLog.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { AssistanceRequests } from '../../subgraphs/national/requests/AssistanceRequests.js';
import type { RequestRow } from '../../subgraphs/national/requests/requestParents.js';
import { RequestStore } from '../../subgraphs/national/requests/RequestStore.js';
import {
  limitServiceLevel,
  median,
  serviceLevelFigures,
} from '../../subgraphs/national/requests/serviceLevelFigures.js';
import { defaultServiceLevels } from '../../subgraphs/national/requests/serviceLevels.js';
import { forEachDatabase } from '../helpers/databases.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const kh = memberByCode('KH');
const minute = 60_000;
const hour = 60 * minute;
const t0 = Date.parse('2026-05-04T08:00:00.250Z');

function row(n: number, submittedAt: number, dueInMs = 48 * hour): RequestRow {
  return {
    reference: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    requesterMember: n % 2 ? 'TH' : 'MY',
    clientKey: `sl-${n}`,
    action: 'PRESERVE_EVIDENCE',
    indicatorKind: 'BANK_ACCOUNT',
    indicatorDigest: `test1:${n.toString(16).padStart(64, '0')}`,
    subjectReference: `KH:IND:${n}`,
    legalBasis: 'MoU art. 4',
    urgency: 'ROUTINE',
    note: null,
    status: 'SUBMITTED',
    submittedAt: new Date(submittedAt),
    dueAt: new Date(submittedAt + dueInMs),
    acknowledgedAt: null,
    closedAt: null,
    declineReason: null,
    response: null,
  };
}

describe('service-level arithmetic (no database)', () => {
  test('median: the middle value, the mean of the middle two for an even count, null for none', () => {
    assert.equal(median([]), null);
    assert.equal(median([7]), 7);
    assert.equal(median([30, 10, 20]), 20);
    assert.equal(median([40, 5, 20, 10]), 15);
    assert.equal(median([1, 1, 1, 1000]), 1, 'a median, not a mean: one slow answer does not move it');
  });

  test("below DETAIL the owner's k withholds a small count, and each median over fewer than k", () => {
    const at = (m: number) => new Date(t0 + m * minute);
    const figures = serviceLevelFigures([
      { status: 'ACTIONED', submittedAt: at(0), acknowledgedAt: at(10), closedAt: at(30) },
      { status: 'ACTIONED', submittedAt: at(0), acknowledgedAt: at(20), closedAt: at(50) },
      { status: 'DECLINED', submittedAt: at(0), acknowledgedAt: at(40), closedAt: at(41) },
      { status: 'EXPIRED', submittedAt: at(0), acknowledgedAt: null, closedAt: null },
    ]);
    assert.deepEqual(figures, {
      requests: 4,
      acknowledged: 3,
      actioned: 2,
      expired: 1,
      medianSecondsToAcknowledge: 20 * 60,
      medianSecondsToAction: 40 * 60,
    });
    assert.deepEqual(limitServiceLevel(figures, 3), { ...figures, medianSecondsToAction: null });
    assert.deepEqual(limitServiceLevel(figures, 2), figures);
    assert.equal(limitServiceLevel(figures, 5), null, 'four requests under k = 5: nothing shown');
  });
});

forEachDatabase('service-level figures at the node', (tdb) => {
  let db: NationalDatabase;
  let requests: AssistanceRequests;
  let now = t0;
  before(async () => {
    db = await openDatabase(tdb.config);
    const store = new RequestStore(db);
    requests = new AssistanceRequests({
      member: kh,
      store,
      auditLog: new AuditLog(db),
      serviceLevels: defaultServiceLevels,
      clock: () => new Date(now),
    });
    // [submitted (min after t0), acknowledged after (min), actioned or declined after (min)]
    const handled: [number, number | null, number | null, 'ACTIONED' | 'DECLINED' | null][] = [
      [0, 10, 30, 'ACTIONED'],
      [60, 20, 50, 'ACTIONED'],
      [120, 40, 90, 'ACTIONED'],
      [180, 5, 60, 'DECLINED'],
      [240, null, null, null], // still open: it expires at the clock
    ];
    for (const [i, [at, ack, close, end]] of handled.entries()) {
      const submitted = t0 + at * minute;
      let prev = row(i + 1, submitted, i === 4 ? hour : 48 * hour);
      await store.insert(prev);
      if (ack !== null) {
        const next = { ...prev, status: 'ACKNOWLEDGED' as const, acknowledgedAt: new Date(submitted + ack * minute) };
        assert.ok(await store.move(prev, next, next.acknowledgedAt));
        prev = next;
      }
      if (close !== null && end !== null) {
        const closedAt = new Date(submitted + close * minute);
        assert.ok(await store.move(prev, { ...prev, status: end, closedAt }, closedAt));
      }
    }
    // outside the period: the day before it and the day it ends (to is exclusive)
    await store.insert(row(10, Date.parse('2026-04-30T23:59:59.999Z')));
    await store.insert(row(11, Date.parse('2026-06-01T00:00:00.000Z')));
  });
  after(() => db?.close());

  test('counts and medians over the requests submitted in the period, EXPIRED read at the clock', async () => {
    now = t0 + 5 * hour; // the open request, submitted at 4 h and due an hour later, is now past due
    assert.deepEqual(await requests.serviceLevel('2026-05-01', '2026-06-01'), {
      requests: 5,
      acknowledged: 4,
      actioned: 3,
      expired: 1,
      // acknowledged after 5, 10, 20, 40 min: the mean of 10 and 20
      medianSecondsToAcknowledge: 15 * 60,
      // actioned after 30, 50, 90 min (the declined one is not an action)
      medianSecondsToAction: 50 * 60,
    });
    now = t0 + 4 * hour + 30 * minute; // half an hour earlier it was still open, not expired
    assert.equal((await requests.serviceLevel('2026-05-01', '2026-06-01')).expired, 0);
  });

  test('the period bounds are from inclusive, to exclusive; open ends take everything', async () => {
    assert.equal((await requests.serviceLevel('2026-04-30', '2026-05-01')).requests, 1);
    assert.equal((await requests.serviceLevel('2026-06-01', '2026-06-02')).requests, 1);
    assert.equal((await requests.serviceLevel(null, null)).requests, 7);
    assert.deepEqual(await requests.serviceLevel('2026-07-01', '2026-08-01'), {
      requests: 0,
      acknowledged: 0,
      actioned: 0,
      expired: 0,
      medianSecondsToAcknowledge: null,
      medianSecondsToAction: null,
    });
  });
});

describe('Region.serviceLevels through the gateway', () => {
  const account = 'KH:CANADIA:001234567';
  let fed: Federation;
  let now = t0;
  const query = `query($from: Date!, $to: Date!) {
    region(from: $from, to: $to) {
      serviceLevels {
        byMember { member { code } requests acknowledged actioned expired medianSecondsToAcknowledge medianSecondsToAction }
        coverage { answered refused unavailable complete }
      }
    }
  }`;
  type Answer = {
    region: {
      serviceLevels: {
        byMember: ({ member: { code: string } } & Record<string, number | null>)[];
        coverage: { answered: string[]; refused: string[]; unavailable: string[]; complete: boolean };
      };
    };
  };

  before(async () => {
    fed = await startFederation({
      clock: () => new Date(now),
      postgresMembers: ['KH'],
      seed: async ({ member, db }) => {
        if (member.code !== 'KH') return;
        await insertReports(db, member, testKey, [
          {
            reference: 'KH-0001',
            reportedAt: '2026-04-30T10:00:00Z',
            scamType: 'INVESTMENT',
            channel: 'MESSAGING_APP',
            lossMinor: 1_200_000,
            indicators: [{ kind: 'BANK_ACCOUNT', value: account, role: 'BENEFICIARY_ACCOUNT' }],
          },
        ]);
      },
    });
  });
  after(() => fed?.close());

  test("each member's figures as its policy shares them, with coverage; small samples withheld", async () => {
    const th = await fed.token({ member: 'TH', role: 'investigator' });
    const khOperator = await fed.token({ member: 'KH', role: 'operator' });
    const hit = await fed.query<{ indicator: { sightings: { member: { code: string }; reference: string }[] } }>(
      `query($v: String!) { indicator(kind: BANK_ACCOUNT, value: $v) { sightings { member { code } reference } } }`,
      { v: account },
      { token: th },
    );
    const reference = hit.data!.indicator.sightings.find((s) => s.member.code === 'KH')!.reference;
    const move = async (mutation: string, ref: string) => {
      const res = await fed.query(
        `mutation($r: ID!) { khm { ${mutation}(reference: $r) { status } } }`,
        { r: ref },
        {
          token: khOperator,
        },
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    };
    // three requests acknowledged after 10, 20 and 30 minutes; two of them actioned an hour after submission
    for (const [i, ackAfter] of [10, 20, 30].entries()) {
      now = t0 + i * hour;
      const filed = await fed.query<{ khm: { requestAssistance: { reference: string } } }>(
        `mutation($input: AssistanceRequestInput!) { khm { requestAssistance(input: $input) { reference } } }`,
        {
          input: {
            reference,
            action: 'PRESERVE_EVIDENCE',
            legalBasis: 'TH-KH MoU art. 4',
            clientKey: `sl-gw-${i}`,
          },
        },
        { token: th },
      );
      assert.equal(filed.errors, undefined, JSON.stringify(filed.errors));
      const ref = filed.data!.khm.requestAssistance.reference;
      now = t0 + i * hour + ackAfter * minute;
      await move('acknowledgeRequest', ref);
      if (i < 2) {
        now = t0 + i * hour + hour;
        await move('actionRequest', ref);
      }
    }
    const period = { from: '2026-05-01', to: '2026-06-01' };
    // the Working Group's analyst reads at SUMMARY: the owner's k (3) applies
    const wg = await fed.query<Answer>(query, period);
    assert.equal(wg.errors, undefined, JSON.stringify(wg.errors));
    const { byMember, coverage } = wg.data!.region.serviceLevels;
    assert.deepEqual(byMember, [
      {
        member: { code: 'KH' },
        requests: 3,
        acknowledged: 3,
        actioned: 2,
        expired: 0,
        medianSecondsToAcknowledge: 20 * 60,
        medianSecondsToAction: null, // two actions, under k
      },
    ]);
    assert.deepEqual(coverage.answered, ['KH']);
    assert.deepEqual(
      coverage.refused,
      members.filter((m) => m.code !== 'KH').map((m) => m.code),
      'members with fewer than k requests withhold their figures',
    );
    assert.equal(coverage.complete, false);

    // asked with the regional figures (as the dashboard does), still one call per member for the period
    fed.resetCounters();
    const both = await fed.query(
      `query($from: Date!, $to: Date!) { region(from: $from, to: $to) {
        byMember { member { code } reportCount } serviceLevels { byMember { member { code } requests } }
      } }`,
      period,
    );
    assert.equal(both.errors, undefined, JSON.stringify(both.errors));
    for (const node of fed.nodes.values()) assert.equal(node.entityCalls, 1, `${node.member.code}: one call`);

    // Cambodia's own operator reads its node at its own level: every figure, medians of any sample
    const own = await fed.query<Answer>(query, period, { token: khOperator });
    assert.equal(own.errors, undefined, JSON.stringify(own.errors));
    const khOwn = own.data!.region.serviceLevels.byMember.find((m) => m.member.code === 'KH');
    assert.equal(khOwn?.medianSecondsToAction, 3600);
  });
});
