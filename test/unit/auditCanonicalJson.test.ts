import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, canonicalJsonByWalk, operationHash } from '../../subgraphs/national/audit/auditHash.js';

test('canonicalJson sorts keys at every depth, by UTF-16 code units, as auditHash.ts specifies', () => {
  assert.equal(
    canonicalJson({ b: 1, a: [{ z: null, y: 'é', Z: true }, 2], é: 'x', '😀': 1, ﬀ: 2 }),
    '{"a":[{"Z":true,"y":"é","z":null},2],"b":1,"é":"x","😀":1,"ﬀ":2}',
  );
  // a client's key order never changes the operation hash
  assert.equal(operationHash('q', { b: 1, a: { d: 2, c: 3 } }), operationHash('q', { a: { c: 3, d: 2 }, b: 1 }));
});

test('the fast canonicalJson writes exactly what the walk (the definition) writes, where JSON.stringify would not', () => {
  const withToJson = { toJSON: () => 'replaced', a: 1 };
  const cases: unknown[] = [
    { 10: 'a', 9: 'b', x: 'c', '01': 'd' }, // integer-like keys: JSON.stringify writes 9, 10 first
    { b: 1, ['__proto__']: { evil: true }, a: 2 },
    JSON.parse('{"b":1,"__proto__":{"p":1},"a":2}'),
    { a: undefined, b: [undefined, null, () => 1], c: () => 1, d: Symbol('s') },
    { at: new Date(0), boxed: Object('s'), n: NaN, m: -0, big: 1e21 },
    { nested: withToJson },
    [1, 'two', { c: 3, b: [{ e: 5, d: 4 }] }],
    'text',
    null,
    undefined,
    4294967295,
    { 4294967295: 'not an index', 4294967294: 'an index', a: 0 },
  ];
  for (const value of cases) assert.equal(canonicalJson(value), canonicalJsonByWalk(value), JSON.stringify(value));
});

test('the fast canonicalJson equals the walk on generated nested variables', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const keys = ['id', 'b', 'A', 'a', '_', '0', '7', '12', 'é', 'z9', '__typename', 'kind', 'value', '1e3', '-1'];
  const gen = (depth: number): unknown => {
    const r = next();
    if (depth > 3 || r < 0.3) return [null, true, 0, -1.5, 'v', 'ü\n"', 123456789012][Math.floor(next() * 7)];
    if (r < 0.55) return Array.from({ length: Math.floor(next() * 4) }, () => gen(depth + 1));
    const out: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 5); i > 0; i--) out[keys[Math.floor(next() * keys.length)]!] = gen(depth + 1);
    return out;
  };
  for (let i = 0; i < 2000; i++) {
    const value = gen(0);
    assert.equal(canonicalJson(value), canonicalJsonByWalk(value), JSON.stringify(value));
  }
});
