/**
 * Indicator kinds <-> STIX 2.1 patterns. URL, DOMAIN and EMAIL use STIX's own cyber-observables; the
 * kinds STIX has no object for use the extension's SCO type with the kind and the canonical value
 * (stixVocabulary.ts). parsePattern reads back exactly these shapes: one observation of `=` comparisons
 * joined by AND (STIX 2.1 §9); a general pattern matcher is not what an import needs.
 */
import { type IndicatorKind, indicatorKinds, isCode } from '../../schema/typology.js';
import { SCO_TYPE } from './stixVocabulary.js';

const standard: Partial<Record<IndicatorKind, string>> = { URL: 'url', DOMAIN: 'domain-name', EMAIL: 'email-addr' };
const kindOfType = new Map(Object.entries(standard).map(([kind, type]) => [type, kind as IndicatorKind]));

/** STIX string literal: backslash and quote escaped (§9.2). */
const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function patternOf(kind: IndicatorKind, canonical: string): string {
  const type = standard[kind];
  if (type) return `[${type}:value = ${literal(canonical)}]`;
  return `[${SCO_TYPE}:kind = ${literal(kind)} AND ${SCO_TYPE}:value = ${literal(canonical)}]`;
}

/** The kind and value a pattern names, or why it cannot be read. */
export function parsePattern(pattern: string): { kind: IndicatorKind; value: string } | { reason: string } {
  const comparisons = parseObservation(pattern.trim());
  if (typeof comparisons === 'string') return { reason: comparisons };
  const types = new Set(comparisons.map((c) => c.type));
  if (types.size !== 1) return { reason: 'compares properties of more than one object type' };
  const [type] = types as Set<string>;
  const props = new Map<string, string>();
  for (const c of comparisons) {
    if (props.has(c.property)) return { reason: `compares ${type}:${c.property} twice` };
    props.set(c.property, c.value);
  }
  const value = props.get('value');
  const extra = [...props.keys()].filter((p) => p !== 'value' && !(type === SCO_TYPE && p === 'kind'));
  if (extra.length > 0 || value === undefined) return { reason: `expected ${shapes}` };
  if (type === SCO_TYPE) {
    const kind = props.get('kind') ?? '';
    if (!isCode(indicatorKinds, kind)) {
      return {
        reason: `${SCO_TYPE}:kind ${JSON.stringify(kind)} is not one of ${indicatorKinds.map((k) => k.code).join(', ')}`,
      };
    }
    return { kind, value };
  }
  const kind = kindOfType.get(type!);
  if (!kind) return { reason: `object type ${type} is not read; expected ${shapes}` };
  return { kind, value };
}

const shapes = `[url:value = '…'], [domain-name:value = '…'], [email-addr:value = '…'] or [${SCO_TYPE}:kind = 'PHONE' AND ${SCO_TYPE}:value = '…']`;

interface Comparison {
  type: string;
  property: string;
  value: string;
}

/** `[a:b = 'x' AND c:d = 'y']` -> comparisons; anything else -> the reason it is not that shape. */
function parseObservation(text: string): Comparison[] | string {
  if (!text.startsWith('[') || !text.endsWith(']')) return `must be one observation in brackets, e.g. ${shapes}`;
  const body = text.slice(1, -1);
  const out: Comparison[] = [];
  let i = 0;
  const skip = () => {
    while (body[i] === ' ' || body[i] === '\t' || body[i] === '\n' || body[i] === '\r') i++;
  };
  for (;;) {
    skip();
    const path = /^([a-z0-9][a-z0-9-]*[a-z0-9]):([a-z0-9_]+)\s*=\s*'/.exec(body.slice(i));
    if (!path) return `expected an object path and = '…' at character ${i + 1}; only ${shapes} are read`;
    i += path[0].length;
    let value = '';
    for (;;) {
      const ch = body[i++];
      if (ch === undefined) return 'has an unterminated string';
      if (ch === "'") break;
      if (ch === '\\') {
        const next = body[i++];
        if (next !== '\\' && next !== "'")
          return `has an invalid escape \\${next ?? ''} (only \\\\ and \\' are allowed)`;
        value += next;
      } else value += ch;
    }
    out.push({ type: path[1]!, property: path[2]!, value });
    skip();
    if (i >= body.length) return out;
    const and = /^AND\s+/.exec(body.slice(i));
    if (!and) return `expected AND or ] at character ${i + 1}; only ${shapes} are read`;
    i += and[0].length;
  }
}
