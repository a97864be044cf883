/**
 * A report withdrawn by import (issue 11 item 3) through the real federation: Thailand and Cambodia import
 * reports naming one call-centre number; after Thailand withdraws one of its two, a lookup through the
 * gateway counts one Thai report and its loss only, the hub's regional statistics (built from the nodes'
 * answers) drop it, and once both are withdrawn Thailand is no longer a hit. Reinstating brings it back.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { nodeIdentity } from '../../shared/keying/protocol.js';
import { withoutSmallCellLimit } from '../helpers/policies.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

const phone = '+85512345678';
const importing = ['TH', 'KH'];

const lookup = `query Lookup($value: String!) {
  indicator(kind: PHONE, value: $value) {
    sightings { member { code } reportCount totalLoss { amount currency } }
    coverage { complete }
  }
}`;
const region = `{ region(from: "2025-01-01", to: "2026-01-01") { byMember { member { code } reportCount } } }`;

interface Lookup {
  indicator: {
    sightings: { member: { code: string }; reportCount: number; totalLoss: { amount: string; currency: string }[] }[];
    coverage: { complete: boolean };
  };
}

describe('a withdrawn report through the gateway (import, node, hub, gateway over real HTTP)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'withdrawal-'));
  let fed: Federation;
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const importAs = async (code: string, path: string) => {
    const node = fed.nodes.get(code)!;
    return importFile(node.db, node.member, await fed.keying.keyer(nodeIdentity(code)), path);
  };
  const sightings = async () => {
    fed.resetCounters();
    const res = await fed.query<Lookup>(lookup, { value: phone });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.indicator.coverage.complete, true);
    // routing: the lookup reached each importing member once, as one _entities call
    for (const code of importing) assert.equal(fed.nodes.get(code)!.entityCalls, 1, `${code} _entities`);
    return Object.fromEntries(
      res.data!.indicator.sightings.map((s) => [s.member.code, { reports: s.reportCount, loss: s.totalLoss }]),
    );
  };
  const regionCounts = async () => {
    const res = await fed.query<{ region: { byMember: { member: { code: string }; reportCount: number }[] } }>(region);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return Object.fromEntries(
      res
        .data!.region.byMember.filter((m) => importing.includes(m.member.code))
        .map((m) => [m.member.code, m.reportCount]),
    );
  };

  before(async () => {
    fed = await startFederation({
      policy: withoutSmallCellLimit,
      // every member's reports go in through the product's import, keyed blind as that node
      seed: async ({ member, db, keyer }) => {
        if (!importing.includes(member.code)) return;
        const path = file(`${member.code}.csv`, [
          'reference,reported_at,scam_type,channel,loss_amount,phone',
          `${member.code}-1,2025-05-01T09:00:00Z,IMPERSONATION,PHONE_CALL,1000,${phone}`,
          `${member.code}-2,2025-06-01T09:00:00Z,PARCEL_CUSTOMS,PHONE_CALL,250,${phone}`,
        ]);
        await importFile(db, member, keyer, path);
      },
    });
  });
  after(async () => {
    await fed?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('withdrawn reports leave the lookup and the regional statistics; reinstated ones come back', async () => {
    const th = memberByCode('TH').currency;
    const kh = memberByCode('KH').currency;
    const both = {
      TH: { reports: 2, loss: [{ amount: '1250.00', currency: th }] },
      KH: { reports: 2, loss: [{ amount: '1250.00', currency: kh }] },
    };
    assert.deepEqual(await sightings(), both);
    assert.deepEqual(await regionCounts(), { TH: 2, KH: 2 });

    const withdrawOne = file('withdraw-1.csv', ['action,reference', 'WITHDRAW,TH-1']);
    assert.equal((await importAs('TH', withdrawOne)).withdrawn, 1);
    assert.deepEqual(await sightings(), { ...both, TH: { reports: 1, loss: [{ amount: '250.00', currency: th }] } });
    assert.deepEqual(await regionCounts(), { TH: 1, KH: 2 });

    assert.equal((await importAs('TH', file('withdraw-2.csv', ['action,reference', 'WITHDRAW,TH-2']))).withdrawn, 1);
    assert.deepEqual(await sightings(), { KH: both.KH }, 'Thailand no longer reports a hit');
    assert.deepEqual(await regionCounts(), { TH: 0, KH: 2 });

    const reinstate = file('reinstate.csv', ['action,reference', 'REINSTATE,TH-1', 'REINSTATE,TH-2']);
    assert.equal((await importAs('TH', reinstate)).reinstated, 2);
    assert.deepEqual(await sightings(), both);
  });
});
