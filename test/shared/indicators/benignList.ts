/**
 * The benign lists: registry hotlines and government suffixes, the bank directory's domains, and a
 * member's extension file. A value that merely looks like an official one must not be benign.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadHubConfig } from '../../../subgraphs/hub/config.js';
import { BenignList, benignListNames } from '../../../shared/indicators/benignList.js';
import { normalizeIndicator } from '../../../shared/indicators/index.js';

function verdict(list: BenignList, kind: string, value: string, region?: string) {
  const { kind: k, canonical } = normalizeIndicator(kind, value, region ? { region } : {});
  return list.match(k, canonical);
}

describe('benign lists', () => {
  const registry = BenignList.load();

  test('national hotlines are benign in every spelling, under their member', () => {
    for (const [value, region, member, name] of [
      ['1441', 'TH', 'TH', 'Anti Online Scam Operation Center (AOC)'],
      ['+66 1441', undefined, 'TH', 'Anti Online Scam Operation Center (AOC)'],
      ['1599', 'TH', 'TH', 'Royal Thai Police call centre'],
      ['997', 'MY', 'MY', 'National Scam Response Centre (NSRC)'],
      ['1799', 'SG', 'SG', 'ScamShield Helpline'],
      ['+65 1799', undefined, 'SG', 'ScamShield Helpline'],
    ] as const) {
      assert.deepEqual(verdict(registry, 'PHONE', value, region), { list: benignListNames.hotlines, name, member });
    }
  });

  test('official domains: government suffixes and banks, as domain, URL or e-mail', () => {
    assert.equal(verdict(registry, 'DOMAIN', 'www.police.go.th')?.list, benignListNames.government);
    assert.equal(verdict(registry, 'URL', 'hxxps://www.scamshield.gov[.]sg/report')?.member, 'SG');
    assert.equal(verdict(registry, 'EMAIL', 'contact@mail.gov.my')?.member, 'MY');
    assert.deepEqual(verdict(registry, 'URL', 'www.kasikornbank.com/th/personal'), {
      list: benignListNames.banks,
      name: 'Kasikornbank',
      member: 'TH',
    });
    assert.equal(verdict(registry, 'DOMAIN', 'online.maybank2u.com.my')?.member, 'MY');
  });

  test('lookalikes and ordinary values are not benign', () => {
    for (const [kind, value, region] of [
      ['URL', 'https://kasikornbank.com.secure-login.top/th', undefined],
      ['DOMAIN', 'kasikornbank-th.com', undefined],
      ['DOMAIN', 'go-th.com', undefined],
      ['EMAIL', 'support@gov-sg.help', undefined],
      ['PHONE', '081-234-5678', 'TH'],
      ['PHONE', '+60 12-997 1799', undefined],
      ['BANK_ACCOUNT', 'TH:004:1234567890', undefined],
    ] as const) {
      assert.equal(verdict(registry, kind, value, region), undefined, `${kind} ${value}`);
    }
  });

  test("a member's extension file adds entries; an unknown member in it stops the load", () => {
    const dir = mkdtempSync(join(tmpdir(), 'benign-'));
    try {
      const file = join(dir, 'benign.json');
      writeFileSync(
        file,
        JSON.stringify({
          TH: { hotlines: [{ number: '02-888-8888', name: 'KBank contact centre' }] },
          PH: {
            domains: [
              { domain: 'cicc.gov.ph', name: 'CICC' },
              { domain: 'bsp.gov.ph', name: 'BSP' },
            ],
          },
        }),
      );
      const extended = BenignList.load(file);
      assert.deepEqual(verdict(extended, 'PHONE', '02 888 8888', 'TH'), {
        list: benignListNames.hotlines,
        name: 'KBank contact centre',
        member: 'TH',
      });
      assert.equal(verdict(registry, 'PHONE', '02 888 8888', 'TH'), undefined, 'only in the extension');
      assert.equal(verdict(extended, 'URL', 'https://www.cicc.gov.ph/report')?.name, 'CICC');
      assert.equal(verdict(extended, 'PHONE', '1441', 'TH')?.member, 'TH', 'registry entries stay');
      // the hub takes the file's path from its configuration
      const hub = loadHubConfig({ BENIGN_FILE: file, DATA_DIR: dir });
      assert.equal(verdict(hub.benign, 'PHONE', '+66 2 888 8888')?.name, 'KBank contact centre');
      assert.equal(verdict(loadHubConfig({ DATA_DIR: dir }).benign, 'PHONE', '+66 2 888 8888'), undefined);
      writeFileSync(file, JSON.stringify({ US: { hotlines: [{ number: '+1 202 324 3000', name: 'FBI' }] } }));
      assert.throws(() => BenignList.load(file), /"US" is not a member of the registry/);
      assert.throws(() => BenignList.load(join(dir, 'missing.json')), /benign list .*missing\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every exact entry is listed for keying ahead of lookups', () => {
    const exact = registry.exactValues();
    assert.ok(exact.some((e) => e.kind === 'PHONE' && e.canonical === '+661441'));
    assert.ok(exact.some((e) => e.kind === 'DOMAIN' && e.canonical === 'kasikornbank.com'));
  });
});
