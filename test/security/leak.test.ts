import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { members } from '../../schema/registry.js';
import { WORKING_GROUP } from '../../shared/identity/Caller.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

// Known raw values: scam indicators (only their digests may travel) and a victim's personal data
// (which must never leave the node at all, at any level).
const phone = { input: '+66 81 555 0199', raw: ['+66815550199', '66815550199', '815550199'] };
const account = { input: 'TH:004:7788990011', raw: ['7788990011', 'TH:004:7788990011'] };
const victim = { fullName: 'Somchai Jaidee-Leaktest', phone: '+66899990042', email: 'somchai.leaktest@example.org' };
const forbidden = [...phone.raw, ...account.raw, victim.fullName, victim.phone, '899990042', victim.email];

const queries = [
  `{ indicator(kind: PHONE, value: "${phone.input}") { id sightings { member { code } reference reportCount totalLoss { amount } } coverage { answered } } }`,
  `{ screen(indicators: [{ kind: BANK_ACCOUNT, value: "${account.input}" }, { kind: PHONE, value: "${phone.input}" }]) {
      indicator { id ${members.map((m) => `${m.ns} { hit reference reports(first: 5) { id loss { amount } indicators { role kind indicator { id } } } }`).join(' ')} } } }`,
  `{ tha { reports(first: 50) { edges { node { id province loss { amount } indicators { role kind indicator { id } } } } } report(id: "TH-LEAK-1") { id indicators { indicator { id } } } stats { reportCount topIndicators { id kind } } } }`,
  `{ region(from: "2026-01-01", to: "2027-01-01") { byMember { member { code } reportCount } hotList { indicator { id } members { code } } } }`,
];

describe('leak test: raw values and personal data never leave, at any level', () => {
  let fed: Federation;
  const logLines: string[] = [];
  before(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    fed = await startFederation({
      logger: pino({ level: 'trace' }, sink),
      seed: async ({ member, db }) => {
        if (!['TH', 'KH', 'VN'].includes(member.code)) return;
        await insertReports(db, member, { id: 'o1', secret: Buffer.alloc(32, 7) }, [
          {
            reference: `${member.code}-LEAK-1`,
            reportedAt: '2026-06-01T10:00:00Z',
            scamType: 'IMPERSONATION',
            channel: 'PHONE_CALL',
            lossMinor: 12_345_00,
            indicators: [
              { kind: 'PHONE', value: phone.input, role: 'CALLER_NUMBER' },
              { kind: 'BANK_ACCOUNT', value: account.input, role: 'BENEFICIARY_ACCOUNT' },
            ],
            victim,
          },
        ]);
      },
    });
  });
  after(() => fed?.close());

  test('no response body at any level, and no gateway, hub or node log, carries them', async () => {
    const bodies: string[] = [];
    const callers = [
      ...members.map((m) => ({ member: m.code, role: 'investigator' as const })),
      { member: WORKING_GROUP, role: 'analyst' as const },
      { member: 'TH', role: 'auditor' as const },
    ];
    for (const caller of callers) {
      const token = await fed.token(caller);
      for (const q of queries) bodies.push(JSON.stringify(await fed.query(q, undefined, { token })));
    }
    // the queries did reach data: hits and reports came back at PARTNER level for Thailand's own staff
    assert.ok(
      bodies.some((b) => b.includes('TH-LEAK-1')),
      'reports were returned at DETAIL and above',
    );
    assert.ok(
      bodies.some((b) => b.includes('"hit":true')),
      'hits were returned',
    );
    assert.ok(logLines.length > 0, 'the log capture saw the parts logging');
    for (const value of forbidden) {
      for (const body of bodies) assert.ok(!body.includes(value), `a response carries ${value}: ${body.slice(0, 300)}`);
      assert.ok(!logLines.some((l) => l.includes(value)), `a log line carries ${value}`);
    }
  });
});
