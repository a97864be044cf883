/**
 * Requests for assistance through the real gateway (issue 11): Thailand's investigator asks Cambodia to
 * freeze an account Cambodia holds, Cambodia's operator acknowledges and actions it, Thailand sees it in
 * its region-wide view; an overdue request reads EXPIRED (the nodes' clock is moved, nothing sleeps);
 * Malaysia can neither move nor see Thailand's requests; bad input is named; Cambodia's audit chain holds
 * every move and still verifies.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members } from '../../schema/registry.js';
import { AuditLog, operationHash } from '../../subgraphs/national/audit/AuditLog.js';
import { transitionText } from '../../subgraphs/national/requests/AssistanceRequests.js';
import { RequestStore } from '../../subgraphs/national/requests/RequestStore.js';
import type { NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation, type GraphQLResult } from '../helpers/startFederation.js';

const account = 'KH:CANADIA:001234567';
const start = Date.parse('2026-05-01T08:00:00.000Z');
const hour = 3_600_000;

const lookup = `query($value: String!) {
  indicator(kind: BANK_ACCOUNT, value: $value) { id sightings { member { code } reference } }
}`;
const fields = `reference owner requester action status urgency legalBasis note submittedAt dueAt acknowledgedAt
  closedAt declineReason response redactions { field levelNeeded } indicator { id }`;
const submit = `mutation($input: AssistanceRequestInput!) { khm { requestAssistance(input: $input) { ${fields} } } }`;
const acknowledge = `mutation($ref: ID!) { khm { acknowledgeRequest(reference: $ref) { ${fields} } } }`;
const actionIt = `mutation($ref: ID!, $response: String) { khm { actionRequest(reference: $ref, response: $response) { ${fields} } } }`;
const decline = `mutation($ref: ID!, $reason: String!) { khm { declineRequest(reference: $ref, reason: $reason) { ${fields} } } }`;
const myRequests = `query($status: RequestStatus) {
  myRequests { requests(status: $status) { ${fields} } coverage { answered refused unavailable complete } }
}`;

interface Req {
  reference: string;
  owner: string;
  requester: string;
  action: string;
  status: string;
  dueAt: string;
  submittedAt: string;
  response: string | null;
  redactions: { field: string; levelNeeded: string }[];
  indicator: { id: string };
}

async function storedRequests(db: NationalDatabase): Promise<number> {
  const rows = (await db.dataSource.query('SELECT COUNT(*) AS n FROM assistance_request')) as { n: unknown }[];
  return Number(rows[0]?.n);
}

function errorOf(res: GraphQLResult<unknown>): { code: unknown; field: unknown; message: string } {
  const e = res.errors?.[0];
  assert.ok(e, `expected an error, got ${JSON.stringify(res.data)}`);
  return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
}

describe('requests for assistance through the gateway', () => {
  let fed: Federation;
  let now = start;
  const tokens: Record<string, string> = {};
  let indicatorId = '';
  let khReference = '';
  let freeze: Req;

  const as = async (who: string, query: string, variables?: Record<string, unknown>) =>
    fed.query<Record<string, Record<string, Req>>>(query, variables, { token: tokens[who]! });
  const filed = (res: GraphQLResult<Record<string, Record<string, Req>>>, field: string): Req => {
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data!.khm![field]!;
  };
  const input = (overrides: Record<string, unknown> = {}) => ({
    reference: khReference,
    action: 'FREEZE_ACCOUNT',
    legalBasis: 'TH-KH MoU on anti-online-scam cooperation, art. 4',
    urgency: 'IMMEDIATE',
    note: 'Victim transferred THB 480,000 at 07:40; funds still in the account',
    clientKey: 'th-case-2026-0501-a',
    ...overrides,
  });

  before(async () => {
    fed = await startFederation({
      clock: () => new Date(now),
      // the owner on production's database, so the whole flow runs on PostgreSQL too (requestStore.test.ts
      // covers both databases at the data layer)
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
    for (const [who, member, role] of [
      ['thInvestigator', 'TH', 'investigator'],
      ['khOperator', 'KH', 'operator'],
      ['khAuditor', 'KH', 'auditor'],
      ['myInvestigator', 'MY', 'investigator'],
      ['myOperator', 'MY', 'operator'],
      ['thAnalyst', 'TH', 'analyst'],
    ] as const) {
      tokens[who] = await fed.token({ member, role });
    }
    const hit = await fed.query<{
      indicator: { id: string; sightings: { member: { code: string }; reference: string }[] };
    }>(lookup, { value: account }, { token: tokens.thInvestigator! });
    assert.equal(hit.errors, undefined, JSON.stringify(hit.errors));
    indicatorId = hit.data!.indicator.id;
    const sighting = hit.data!.indicator.sightings.find((s) => s.member.code === 'KH');
    assert.ok(sighting?.reference, 'Cambodia gives Thailand a reference for its hit');
    khReference = sighting.reference;
  });
  after(() => fed?.close());

  test("Thailand's investigator asks Cambodia to freeze the account: stored at Cambodia only, due in an hour", async () => {
    fed.resetCounters();
    freeze = filed(await as('thInvestigator', submit, { input: input() }), 'requestAssistance');
    assert.match(freeze.reference, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(
      { owner: freeze.owner, requester: freeze.requester, status: freeze.status, indicator: freeze.indicator.id },
      { owner: 'KH', requester: 'TH', status: 'SUBMITTED', indicator: indicatorId },
    );
    assert.equal(freeze.submittedAt, new Date(start).toISOString());
    assert.equal(freeze.dueAt, new Date(start + hour).toISOString(), 'FREEZE_ACCOUNT: the default 1 h service level');
    for (const node of fed.nodes.values()) {
      assert.equal(node.operations, node.member.code === 'KH' ? 1 : 0, `${node.member.code} was called`);
      assert.equal(await storedRequests(node.db), node.member.code === 'KH' ? 1 : 0, `stored at ${node.member.code}`);
    }
  });

  test('submitting again with the same client key files nothing new; a different request under it is refused', async () => {
    const again = filed(await as('thInvestigator', submit, { input: input() }), 'requestAssistance');
    assert.equal(again.reference, freeze.reference);
    const changed = await as('thInvestigator', submit, { input: input({ action: 'PRESERVE_EVIDENCE' }) });
    assert.deepEqual(errorOf(changed).code, 'BAD_USER_INPUT');
    assert.equal(errorOf(changed).field, 'input.clientKey');
    assert.equal(await storedRequests(fed.nodes.get('KH')!.db), 1);
  });

  test('bad input is refused, naming the field', async () => {
    // enum and required-field errors come from GraphQL's own variable checks, which name the path in the message
    const cases: [string, Record<string, unknown>, { field: string } | { message: RegExp }][] = [
      ['unknown action', input({ action: 'SEIZE_HOUSE', clientKey: 'bad-1' }), { message: /at "input\.action"/ }],
      [
        'missing legal basis',
        { ...input({ clientKey: 'bad-2' }), legalBasis: undefined },
        { message: /Field "legalBasis" of required type "String!" was not provided/ },
      ],
      ['blank legal basis', input({ legalBasis: '   ', clientKey: 'bad-3' }), { field: 'input.legalBasis' }],
      ['unknown reference', input({ reference: 'KH:IND:999999', clientKey: 'bad-4' }), { field: 'input.reference' }],
      [
        "another member's reference",
        input({ reference: 'TH:IND:1', clientKey: 'bad-5' }),
        { field: 'input.reference' },
      ],
      ['malformed client key', input({ clientKey: 'has spaces' }), { field: 'input.clientKey' }],
    ];
    for (const [what, variables, expected] of cases) {
      const e = errorOf(await as('thInvestigator', submit, { input: variables }));
      assert.equal(e.code, 'BAD_USER_INPUT', `${what}: ${e.message}`);
      if ('field' in expected) assert.equal(e.field, expected.field, `${what}: ${e.message}`);
      else assert.match(e.message, expected.message, what);
    }
    const blankReason = errorOf(await as('khOperator', decline, { ref: freeze.reference, reason: ' ' }));
    assert.deepEqual([blankReason.code, blankReason.field], ['BAD_USER_INPUT', 'reason']);
    const unknown = errorOf(await as('khOperator', acknowledge, { ref: '00000000-0000-4000-8000-000000000000' }));
    assert.deepEqual([unknown.code, unknown.field], ['BAD_USER_INPUT', 'reference']);
  });

  test('out of order: actioning a request nobody acknowledged is refused', async () => {
    const e = errorOf(await as('khOperator', actionIt, { ref: freeze.reference, response: 'frozen' }));
    assert.deepEqual([e.code, e.field], ['BAD_USER_INPUT', 'reference']);
    assert.match(e.message, /is SUBMITTED; ACTIONED needs ACKNOWLEDGED/);
  });

  test('only the owner moves it: the requester, Malaysia and an analyst get FORBIDDEN', async () => {
    for (const who of ['thInvestigator', 'myOperator', 'myInvestigator', 'khAuditor']) {
      const e = errorOf(await as(who, acknowledge, { ref: freeze.reference }));
      assert.equal(e.code, 'FORBIDDEN', who);
    }
    const analyst = errorOf(await as('thAnalyst', submit, { input: input({ clientKey: 'analyst-1' }) }));
    assert.equal(analyst.code, 'FORBIDDEN', 'analysts do not file requests');
  });

  test("Cambodia's operator acknowledges and actions it; Thailand sees ACTIONED in its region-wide view", async () => {
    const inbox = await as('khOperator', `{ khm { assistanceRequests(status: SUBMITTED) { reference dueAt } } }`);
    assert.equal(inbox.errors, undefined, JSON.stringify(inbox.errors));
    assert.deepEqual(
      (inbox.data!.khm as unknown as { assistanceRequests: { reference: string }[] }).assistanceRequests.map(
        (r) => r.reference,
      ),
      [freeze.reference],
    );
    now = start + 10 * 60_000;
    const acked = filed(await as('khOperator', acknowledge, { ref: freeze.reference }), 'acknowledgeRequest');
    assert.equal(acked.status, 'ACKNOWLEDGED');
    now = start + 25 * 60_000;
    const done = filed(
      await as('khOperator', actionIt, { ref: freeze.reference, response: 'Frozen at ABA Bank, KHR 4.9M held' }),
      'actionRequest',
    );
    assert.equal(done.status, 'ACTIONED');
    const again = errorOf(await as('khOperator', acknowledge, { ref: freeze.reference }));
    assert.match(again.message, /is ACTIONED/);

    now = start + 5 * hour; // well past the due time: an ACTIONED request stays ACTIONED
    const view = await fed.query<{
      myRequests: { requests: Req[]; coverage: { answered: string[]; unavailable: string[]; complete: boolean } };
    }>(myRequests, {}, { token: tokens.thInvestigator! });
    assert.equal(view.errors, undefined, JSON.stringify(view.errors));
    const mine = view.data!.myRequests;
    assert.deepEqual(
      mine.requests.map((r) => [r.reference, r.owner, r.status, r.response]),
      [[freeze.reference, 'KH', 'ACTIONED', 'Frozen at ABA Bank, KHR 4.9M held']],
    );
    assert.equal(mine.coverage.complete, true);
    assert.equal(mine.coverage.answered.length, 11);
  });

  test('a request still open at its due time reads EXPIRED and can no longer be moved', async () => {
    now = start + 6 * hour;
    const evidence = filed(
      await as('thInvestigator', submit, {
        input: input({ action: 'PRESERVE_EVIDENCE', clientKey: 'th-evidence-1', reference: indicatorId }),
      }),
      'requestAssistance',
    );
    assert.equal(evidence.dueAt, new Date(now + 48 * hour).toISOString(), 'PRESERVE_EVIDENCE: 48 h by default');
    now += 48 * hour; // exactly due
    const view = await fed.query<{ myRequests: { requests: Req[] } }>(
      myRequests,
      { status: 'EXPIRED' },
      { token: tokens.thInvestigator! },
    );
    assert.deepEqual(
      view.data!.myRequests.requests.map((r) => [r.reference, r.status]),
      [[evidence.reference, 'EXPIRED']],
    );
    const inbox = await as('khOperator', `{ khm { assistanceRequests(status: EXPIRED) { reference status } } }`);
    assert.deepEqual(
      (inbox.data!.khm as unknown as { assistanceRequests: { reference: string; status: string }[] })
        .assistanceRequests,
      [{ reference: evidence.reference, status: 'EXPIRED' }],
    );
    const late = errorOf(await as('khOperator', acknowledge, { ref: evidence.reference }));
    assert.deepEqual([late.code, late.field], ['BAD_USER_INPUT', 'reference']);
    assert.match(late.message, /is EXPIRED/);
  });

  test("Malaysia sees none of Thailand's requests; who holds an account needs Cambodia's PARTNER level", async () => {
    const asked = filed(
      await as('myInvestigator', submit, {
        input: input({ action: 'IDENTIFY_HOLDER', clientKey: 'my-1', legalBasis: 'MLA request MY-2026-77' }),
      }),
      'requestAssistance',
    );
    filed(await as('khOperator', acknowledge, { ref: asked.reference }), 'acknowledgeRequest');
    filed(
      await as('khOperator', actionIt, { ref: asked.reference, response: 'Holder: (name, ID no.)' }),
      'actionRequest',
    );

    const view = await fed.query<{ myRequests: { requests: Req[] } }>(myRequests, {}, { token: tokens.myOperator! });
    assert.equal(view.errors, undefined, JSON.stringify(view.errors));
    assert.deepEqual(
      view.data!.myRequests.requests.map((r) => [r.reference, r.requester, r.status, r.response, r.redactions]),
      [[asked.reference, 'MY', 'ACTIONED', null, [{ field: 'response', levelNeeded: 'PARTNER' }]]],
      "only Malaysia's own request, its answer withheld below PARTNER",
    );
    const direct = await as(
      'myOperator',
      `query($ref: ID!) { khm { assistanceRequest(reference: $ref) { reference } } }`,
      {
        ref: freeze.reference,
      },
    );
    assert.deepEqual(direct.data, { khm: { assistanceRequest: null } });
    const inbox = errorOf(await as('myOperator', `{ khm { assistanceRequests { reference } } }`));
    assert.equal(inbox.code, 'FORBIDDEN');
  });

  test('with Cambodia down, a submission says so and the region-wide view names it as unavailable', async () => {
    await fed.stopMember('KH');
    try {
      const res = await as('thInvestigator', submit, { input: input({ clientKey: 'while-down' }) });
      assert.deepEqual(res.data, { khm: null });
      assert.deepEqual(
        [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.serviceName],
        ['SUBGRAPH_UNAVAILABLE', 'khm'],
      );
      const view = await fed.query<{
        myRequests: { requests: Req[]; coverage: Record<string, unknown> };
      }>(myRequests, {}, { token: tokens.thInvestigator! });
      assert.deepEqual(view.data!.myRequests.requests, [], "Cambodia's requests are missing, not zero");
      assert.deepEqual(view.data!.myRequests.coverage, {
        answered: members.filter((m) => m.code !== 'KH').map((m) => m.code),
        refused: [],
        unavailable: ['KH'],
        complete: false,
      });
    } finally {
      await fed.startMember('KH');
    }
  });

  test("every submission and move is in Cambodia's audit chain, which verifies", async () => {
    const kh = fed.nodes.get('KH')!;
    const log = new AuditLog(kh.db);
    assert.deepEqual(await log.verify(), { ok: true, entries: (await log.list(1000)).length });
    const entries = await log.list(1000);
    const row = await new RequestStore(kh.db).byReference(freeze.reference);
    assert.ok(row);
    const submitted = { ...row, status: 'SUBMITTED' as const, acknowledgedAt: null, closedAt: null, response: null };
    const acknowledged = { ...row, status: 'ACKNOWLEDGED' as const, closedAt: null, response: null };
    for (const [from, state] of [
      [null, submitted],
      ['SUBMITTED', acknowledged],
      ['ACKNOWLEDGED', row],
    ] as const) {
      const hash = operationHash(transitionText(state, from));
      const entry = entries.find((e) => e.operationHash === hash);
      assert.ok(entry, `an audit entry for ${from ?? 'submission'} -> ${state.status}`);
      assert.deepEqual(entry.digests, [indicatorId.slice('BANK_ACCOUNT:'.length)]);
      assert.equal(entry.requesterMember, state.status === 'SUBMITTED' ? 'TH' : 'KH');
    }
  });
});
