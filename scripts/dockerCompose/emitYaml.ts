/**
 * A small block-YAML emitter for generated files (docker-compose.yml). Written by hand because no YAML
 * library is a dependency, and the subset needed (mappings, sequences, strings, numbers, booleans) is small.
 *
 * The reader that matters is docker-compose 1.29's PyYAML, which speaks YAML 1.1: there `no`, `on`, `y` are
 * booleans, `4000:4000` is a base-60 integer and `0755` an octal. So a string is written plain only when it
 * starts with a letter, `_` or `/`, has no spaces or YAML indicators, and is not one of those words (or is
 * one of the few forms in PLAIN_TOO); every other string is quoted. Output is also stable under prettier
 * (`singleQuote`), which checks every .yml file.
 */

export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue };

const INDENT = '  ';

/** The document for `value` (a mapping or sequence at the top), ending with a newline. */
export function emitYaml(value: YamlValue): string {
  if (typeof value !== 'object') throw new TypeError('emitYaml: the document must be a mapping or a sequence');
  return emitBlock(value, '').join('\n') + '\n';
}

function emitBlock(value: readonly YamlValue[] | { readonly [key: string]: YamlValue }, indent: string): string[] {
  if (isSequence(value)) {
    return value.flatMap((item) => {
      if (isBlock(item)) {
        // `- key: v` with the rest of the mapping aligned under the first key
        const [first = '', ...rest] = emitBlock(item, indent + INDENT);
        return [`${indent}- ${first.slice(indent.length + INDENT.length)}`, ...rest];
      }
      return [`${indent}- ${emitScalarOrEmpty(item)}`];
    });
  }
  return Object.entries(value).flatMap(([key, item]) => {
    const k = emitKey(key);
    if (isBlock(item)) return [`${indent}${k}:`, ...emitBlock(item, indent + INDENT)];
    return [`${indent}${k}: ${emitScalarOrEmpty(item)}`];
  });
}

function isSequence(value: YamlValue): value is readonly YamlValue[] {
  return Array.isArray(value);
}

/** A non-empty mapping or sequence, written on the lines below its key. */
function isBlock(value: YamlValue): value is readonly YamlValue[] | { readonly [key: string]: YamlValue } {
  return typeof value === 'object' && (isSequence(value) ? value.length > 0 : Object.keys(value).length > 0);
}

function emitScalarOrEmpty(value: YamlValue): string {
  if (typeof value === 'object') return isSequence(value) ? '[]' : '{}';
  return emitScalar(value);
}

function emitScalar(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`emitYaml: ${value} has no YAML form here`);
    return String(value);
  }
  return emitString(value);
}

/** YAML 1.1 words PyYAML reads as booleans or null (any case it accepts; matching case-insensitively is safer). */
const RESERVED = /^(y|n|yes|no|true|false|on|off|null)$/i;
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./@:+-]*$/;
/** Also plain and read as strings by YAML 1.1 and 1.2 alike: `.`, flags (`-h`), durations (`10s`). */
const PLAIN_TOO = /^(\.|-[A-Za-z][A-Za-z0-9-]*|[0-9]+(ms|us|s|m|h))$/;

function emitString(value: string): string {
  // `a:b` is plain-safe (only `: ` starts a mapping value), but a trailing `:` is not
  if (PLAIN_TOO.test(value) || (PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(':'))) return value;
  // Quote as prettier (singleQuote) would, so its check passes: "…" only for escapes or text with a ' and no ".
  if (NEEDS_ESCAPE.test(value)) return doubleQuoted(value);
  if (value.includes('"') || !value.includes("'")) return `'${value.replaceAll("'", "''")}'`;
  return doubleQuoted(value);
}

/**
 * Characters YAML 1.1 won't take raw (C0/C1 controls, DEL, U+FFFE/F) or reads as line breaks (NEL, LS,
 * PS); lone surrogates too, which JSON.stringify already escapes.
 */
// eslint-disable-next-line no-control-regex -- matching them is the point
const NEEDS_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|\p{Surrogate}/u;
const JSON_LEAVES_RAW = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;

/** JSON's escapes are a subset of YAML's double-quoted ones; add those JSON leaves out. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(JSON_LEAVES_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function emitKey(key: string): string {
  // JS objects put integer-like keys first, which would silently reorder the document
  if (/^(0|[1-9][0-9]*)$/.test(key)) throw new TypeError(`emitYaml: integer-like key ${key} would be reordered`);
  return emitString(key);
}
