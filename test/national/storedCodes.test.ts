/**
 * A stored code outside the typology (a row written by another tool, or a code since retired) is not
 * passed on as if it were an SDL enum value (issue 14): the node's resolver checks it (enumValue), the
 * client gets the masked INTERNAL_SERVER_ERROR on that field only, and the node's log names the field and
 * the code, so an operator can find the row.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { pino } from 'pino';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

let fed: Federation;
interface LogLine {
  msg?: string;
  err?: { message?: string };
}
const logged: LogLine[] = [];

before(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  fed = await startFederation({
    logger: pino({ level: 'error' }, sink),
    seed: async ({ member, db }) => {
      if (member.code !== 'TH') return;
      const report = (reference: string, scamType: string) => ({
        reference,
        reportedAt: '2026-06-01T10:00:00Z',
        scamType,
        channel: 'PHONE_CALL',
        lossMinor: 500_00,
        indicators: [{ kind: 'PHONE', value: '+66 81 555 0142', role: 'CALLER_NUMBER' }],
      });
      await insertReports(db, member, testKey, [report('TH-CODE-OK', 'ROMANCE'), report('TH-CODE-BAD', 'PIG_BUTCHER')]);
    },
  });
});
after(() => fed?.close());

test('an unknown stored scam type is an internal error on that report, logged with the field and the code', async () => {
  const token = await fed.token({ member: 'TH', role: 'investigator' });
  const query = `query Two($ok: ID!, $bad: ID!) {
    tha { good: report(id: $ok) { id scamType } bad: report(id: $bad) { id scamType } }
  }`;
  const res = await fed.query<{ tha: { good: unknown; bad: unknown } }>(
    query,
    { ok: 'TH-CODE-OK', bad: 'TH-CODE-BAD' },
    { token },
  );
  assert.deepEqual(res.data?.tha.good, { id: 'TH-CODE-OK', scamType: 'ROMANCE' });
  assert.equal(res.data?.tha.bad, null);
  assert.deepEqual(
    res.errors?.map((e) => [e.extensions?.code, e.message, e.path?.join('.')]),
    [['INTERNAL_SERVER_ERROR', 'Internal server error', 'tha.bad.scamType']],
  );
  const messages = logged.map((l) => l.err?.message ?? '');
  assert.ok(
    messages.some((m) => m.startsWith('ScamReport.scamType: stored code "PIG_BUTCHER" is not one of INVESTMENT')),
    messages.join('\n'),
  );
});
