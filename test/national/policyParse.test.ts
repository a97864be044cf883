/**
 * The sharing-policy file: the documented example, first-match semantics, and every validation error with
 * its exact `source:line:` prefix (an operator must be able to jump straight to the line).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberByCode, members } from '../../schema/registry.js';
import {
  loadSharingPolicy,
  PolicyError,
  type Role,
  roles,
  SharingPolicy,
} from '../../subgraphs/national/policy/index.js';

const th = memberByCode('TH');
const source = 'policies/TH.policy';

const example = `# requester  role      level    rule-name
SELF         *         PARTNER  own-member
KH           *         PARTNER  mou-th-kh-call-centers
WG           analyst   SUMMARY  working-group-analysts
*            *         HIT      asean-default
`;

function parseError(text: string): string {
  try {
    SharingPolicy.parse(text, source, th);
  } catch (e) {
    assert.ok(e instanceof PolicyError, 'a PolicyError');
    return e.message;
  }
  assert.fail('expected a PolicyError');
}

const ask = (policy: SharingPolicy, member: string, role: Role) => policy.decide({ member, role, subject: 's-1' });

describe('parsing the documented example', () => {
  const policy = SharingPolicy.parse(example, source, th);

  test('each rule decides for the requesters it names', () => {
    assert.deepEqual(ask(policy, 'TH', 'auditor'), { level: 'PARTNER', rule: 'own-member' });
    assert.deepEqual(ask(policy, 'KH', 'investigator'), { level: 'PARTNER', rule: 'mou-th-kh-call-centers' });
    assert.deepEqual(ask(policy, 'WG', 'analyst'), { level: 'SUMMARY', rule: 'working-group-analysts' });
    assert.deepEqual(ask(policy, 'SG', 'analyst'), { level: 'HIT', rule: 'asean-default' });
  });

  test('first match wins: a WG operator falls through to the catch-all, which includes WG', () => {
    assert.deepEqual(ask(policy, 'WG', 'operator'), { level: 'HIT', rule: 'asean-default' });
  });

  test('keeps the rules with their lines', () => {
    assert.deepEqual(
      policy.rules.map((r) => [r.line, r.requester, r.role, r.level, r.name]),
      [
        [2, 'SELF', '*', 'PARTNER', 'own-member'],
        [3, 'KH', '*', 'PARTNER', 'mou-th-kh-call-centers'],
        [4, 'WG', 'analyst', 'SUMMARY', 'working-group-analysts'],
        [5, '*', '*', 'HIT', 'asean-default'],
      ],
    );
    assert.equal(policy.source, source);
    assert.equal(policy.owner, th);
  });

  test('render() parses back to the same decisions for every requester', () => {
    const again = SharingPolicy.parse(policy.render(), 'rendered', th);
    assert.deepEqual(again.matrix(), policy.matrix());
    assert.match(policy.render(), /^KH +\* +PARTNER +mou-th-kh-call-centers$/m);
  });
});

describe('first-match semantics', () => {
  test('an earlier, narrower rule beats a later, broader one', () => {
    const policy = SharingPolicy.parse(
      'KH analyst DETAIL kh-analysts\nKH * SUMMARY kh-others\n* auditor NONE no-auditors\n',
      source,
      th,
    );
    assert.deepEqual(ask(policy, 'KH', 'analyst'), { level: 'DETAIL', rule: 'kh-analysts' });
    assert.deepEqual(ask(policy, 'KH', 'auditor'), { level: 'SUMMARY', rule: 'kh-others' });
    assert.deepEqual(ask(policy, 'SG', 'auditor'), { level: 'NONE', rule: 'no-auditors' });
  });

  test('a requester no rule matches gets NONE under "no-rule"', () => {
    const policy = SharingPolicy.parse('SELF * PARTNER own-member\n', source, th);
    assert.deepEqual(ask(policy, 'KH', 'analyst'), { level: 'NONE', rule: 'no-rule' });
    assert.deepEqual(ask(policy, 'WG', 'analyst'), { level: 'NONE', rule: 'no-rule' });
  });

  test('an empty policy shares nothing, not even with the owner', () => {
    const policy = SharingPolicy.parse('# nothing shared\n\n', source, th);
    assert.ok(policy.matrix().every((c) => c.decision.level === 'NONE' && c.decision.rule === 'no-rule'));
  });

  test('SELF and the owner code name the same requester', () => {
    const policy = SharingPolicy.parse('TH * DETAIL own-by-code\n', source, th);
    assert.deepEqual(ask(policy, 'TH', 'operator'), { level: 'DETAIL', rule: 'own-by-code' });
  });

  test('requesters outside the registry, or with a role tokens never carry, get NONE even under *', () => {
    const policy = SharingPolicy.parse('* * HIT everyone\n', source, th);
    assert.deepEqual(ask(policy, 'XX', 'analyst'), { level: 'NONE', rule: 'no-rule' });
    assert.deepEqual(ask(policy, '', 'analyst'), { level: 'NONE', rule: 'no-rule' });
    assert.deepEqual(ask(policy, 'KH', 'admin' as Role), { level: 'NONE', rule: 'no-rule' });
    assert.deepEqual(ask(policy, 'kh', 'analyst'), { level: 'HIT', rule: 'everyone' }, 'member codes in any case');
  });

  test('comments (whole-line and trailing), blank lines, tabs and CRLF are accepted', () => {
    const policy = SharingPolicy.parse(
      '\uFEFF# header\r\n\r\n  KH\tanalyst\tDETAIL\tkh-analysts   # the MoU desk\r\n*  *  HIT  rest\r\n',
      source,
      th,
    );
    assert.deepEqual(
      policy.rules.map((r) => [r.line, r.name]),
      [
        [3, 'kh-analysts'],
        [4, 'rest'],
      ],
    );
  });
});

describe('validation errors name the file and line', () => {
  const codes = members.map((m) => m.code).join(', ');
  const cases: [string, string, string][] = [
    [
      'unknown level',
      'SELF * PARTNER own\n# note\nKH * FULL kh\n',
      `${source}:3: unknown level "FULL"; expected one of NONE, HIT, SUMMARY, DETAIL, PARTNER`,
    ],
    [
      'unknown member code',
      'XX * HIT xx\n',
      `${source}:1: unknown member code "XX"; expected a registry alpha-2 code (${codes}), SELF, WG or *`,
    ],
    [
      'member code in lower case',
      '\nkh * HIT kh\n',
      `${source}:2: unknown member code "kh"; expected a registry alpha-2 code (${codes}), SELF, WG or *`,
    ],
    [
      'unknown role',
      'KH boss HIT kh\n',
      `${source}:1: unknown role "boss"; expected one of analyst, investigator, operator, auditor or *`,
    ],
    [
      'missing fields',
      'SELF * PARTNER own\nKH * HIT\n',
      `${source}:2: missing fields: expected 4 (requester role level rule-name), got 3`,
    ],
    [
      'too many fields',
      'KH * HIT kh extra\n',
      `${source}:1: too many fields: expected 4 (requester role level rule-name), got 5`,
    ],
    [
      'bad rule name',
      'KH * HIT Mou_KH\n',
      `${source}:1: invalid rule name "Mou_KH"; expected 1 to 64 characters from a-z, 0-9 and -`,
    ],
    [
      'rule name too long',
      `KH * HIT ${'a'.repeat(65)}\n`,
      `${source}:1: invalid rule name "${'a'.repeat(65)}"; expected 1 to 64 characters from a-z, 0-9 and -`,
    ],
    [
      'reserved rule name',
      'KH * HIT no-rule\n',
      `${source}:1: rule name "no-rule" is reserved for requesters that no rule matches`,
    ],
    [
      'duplicate rule name',
      'KH * HIT same\n\nSG * HIT same\n',
      `${source}:3: duplicate rule name "same" (already used on line 1)`,
    ],
    [
      'a rule shadowed by one earlier rule',
      '* * HIT everyone\nKH analyst DETAIL kh-analysts\n',
      `${source}:2: rule "kh-analysts" can never match: ` +
        'rule "everyone" on line 1 already matches every requester it would',
    ],
    [
      'a rule shadowed by several earlier rules together',
      'KH analyst HIT a\nKH investigator HIT b\nSG * HIT c\nKH operator HIT d\nKH auditor HIT e\nKH * DETAIL f\n',
      `${source}:6: rule "f" can never match: earlier rules on lines 1, 2, 4, 5 already match every requester it would`,
    ],
    [
      'SELF shadowing the owner code',
      'SELF * PARTNER own\nTH analyst HIT again\n',
      `${source}:2: rule "again" can never match: rule "own" on line 1 already matches every requester it would`,
    ],
  ];
  for (const [name, text, message] of cases) {
    test(name, () => assert.equal(parseError(text), message));
  }

  test('a rule overlapping an earlier one only in part is fine', () => {
    const policy = SharingPolicy.parse('KH analyst DETAIL a\nKH * HIT b\n', source, th);
    assert.equal(policy.rules.length, 2);
  });

  test('every problem of a file is reported at once, in line order', () => {
    assert.equal(
      parseError('KH * FULL a\nSG * HIT b\nSG * HIT b\nXX * HIT c\n'),
      [
        `${source}:1: unknown level "FULL"; expected one of NONE, HIT, SUMMARY, DETAIL, PARTNER`,
        `${source}:3: duplicate rule name "b" (already used on line 2)`,
        `${source}:4: unknown member code "XX"; expected a registry alpha-2 code (${codes}), SELF, WG or *`,
      ].join('\n'),
    );
  });

  test('PolicyError carries the source and each problem', () => {
    try {
      SharingPolicy.parse('KH * FULL a\n', source, th);
      assert.fail('expected a PolicyError');
    } catch (e) {
      assert.ok(e instanceof PolicyError);
      assert.equal(e.source, source);
      assert.deepEqual(e.problems, [
        { line: 1, message: 'unknown level "FULL"; expected one of NONE, HIT, SUMMARY, DETAIL, PARTNER' },
      ]);
    }
  });
});

describe('loadSharingPolicy', () => {
  test('reads the given file and names it in errors; an unreadable file is an error, never the default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-test-'));
    try {
      const good = join(dir, 'TH.policy');
      writeFileSync(good, example);
      assert.deepEqual(loadSharingPolicy(th, good).matrix(), SharingPolicy.parse(example, good, th).matrix());
      assert.equal(loadSharingPolicy(th, good).source, good);

      const bad = join(dir, 'bad.policy');
      writeFileSync(bad, 'SELF * PARTNER own\nKH * FULL kh\n');
      assert.throws(() => loadSharingPolicy(th, bad), {
        name: 'PolicyError',
        message: `${bad}:2: unknown level "FULL"; expected one of NONE, HIT, SUMMARY, DETAIL, PARTNER`,
      });

      const missing = join(dir, 'missing.policy');
      assert.throws(
        () => loadSharingPolicy(th, missing),
        (e: unknown) => {
          assert.ok(e instanceof PolicyError);
          assert.match(
            e.message,
            new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read the policy file: ENOENT`),
          );
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without a path, the registry default', () => {
    assert.deepEqual(loadSharingPolicy(th).matrix(), SharingPolicy.defaultFor(th).matrix());
  });
});

describe('docs/sharing-policy.md', () => {
  const doc = readFileSync(new URL('../../docs/sharing-policy.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/^```\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

  test('the full example is a valid policy that decides as its table says', () => {
    const text = blocks.find((b) => b.includes('mou-th-kh-call-centers') && b.includes('no-foreign-auditors'));
    assert.ok(text, 'the example block');
    const policy = SharingPolicy.parse(text, 'docs example', th);
    const rows = [...doc.matchAll(/^\| ([A-Z]{2}) \| (any|[a-z]+) \| ([A-Z]+) \| `([a-z0-9-]+)`/gm)];
    assert.ok(rows.length >= 8, 'the decision table');
    for (const [, member = '', role = '', level, rule] of rows) {
      for (const r of role === 'any' ? roles : [role as Role]) {
        assert.deepEqual(ask(policy, member, r), { level, rule }, `${member} ${r}`);
      }
    }
  });

  test("the default shown is what render() writes for Thailand's default", () => {
    assert.ok(blocks.includes(SharingPolicy.defaultFor(th).render()));
  });
});
