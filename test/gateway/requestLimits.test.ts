/** The per-request counts behind the gateway's limits (the hostile-request table checks them end to end). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { screenedItems, withListSizesWritten } from '../../gateway/requestLimits.js';

const operationOf = (doc: ReturnType<typeof parse>, name?: string) =>
  doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!name || d.name?.value === name),
  )!;

test('screened items add up over aliases, fragments, literals, variables and single lookups', () => {
  const doc = parse(`
    query Q($l: [IndicatorInput!]!, $one: IndicatorInput!, $d: [IndicatorInput!] = [{ kind: PHONE, value: "1" }, { kind: PHONE, value: "2" }]) {
      a: screen(indicators: $l) { index }
      b: screen(indicators: [{ kind: PHONE, value: "1" }, { kind: EMAIL, value: "x@y.z" }]) { index }
      c: screen(indicators: $one) { index }
      d: screen(indicators: $d) { index }
      ...F
      i1: indicator(kind: PHONE, value: "1") { id }
      members { code }
    }
    fragment F on Query { e: screen(indicators: $l) { index } ... on Query { i2: indicatorById(id: "x") { id } } }`);
  const variables = { l: new Array(100).fill({ kind: 'PHONE', value: '1' }), one: { kind: 'PHONE', value: '1' } };
  // a 100 + b 2 + c 1 + d 2 (default) + e 100 + i1 1 + i2 1
  assert.equal(screenedItems(doc, operationOf(doc), variables), 207);
});

test('first/last variables are written in for the chosen operation only; none, nothing to do', () => {
  const doc = parse(`
    query A($n: Int, $m: Int = 30) { tha { reports(first: $n) { totalCount } auditLog(first: $m) { id } } }
    query B($n: Int) { vnm { reports(first: $n) { totalCount } } }`);
  const written = withListSizesWritten(doc, operationOf(doc, 'A'), { n: 1000 })!;
  assert.match(print(written), /reports\(first: 1000\)/);
  assert.match(print(written), /auditLog\(first: 30\)/);
  assert.doesNotMatch(print(written), /vnm/);
  assert.equal(withListSizesWritten(doc, operationOf(doc, 'A'), { n: 'x' }) !== null, true); // $m's default
  const plain = parse('{ tha { reports(first: 5) { totalCount } } }');
  assert.equal(withListSizesWritten(plain, operationOf(plain), {}), null);
});
