/**
 * The audit chain's hash, specified here so an external auditor can recompute it from the table alone.
 *
 *   hash = lowercase hex SHA-256 of the UTF-8 bytes of
 *          JSON.stringify([prevHash, at, subject, requesterMember, role, operationHash, digests, level, redactions,
 *                          reports])
 *
 * - a JSON array (not an object: no key-order question) of exactly these ten values in this order, with no
 *   whitespace between tokens; entries written before `reports` was recorded (its column is NULL) hash the
 *   first nine only, so a chain that spans the change still verifies;
 * - prevHash: the previous entry's `hash` in id order, or 64 `0` characters for the first entry;
 * - at: the instant in UTC as `YYYY-MM-DDTHH:mm:ss.sssZ` (always milliseconds, always `Z`), e.g.
 *   `2025-11-28T03:04:05.006Z`;
 * - subject, requesterMember, role, operationHash, level: the column values as JSON strings;
 * - digests, redactions, reports: the arrays stored (as JSON) in those columns, in stored order, as JSON arrays
 *   of strings;
 * - strings are escaped as ECMAScript JSON.stringify does: `"` and `\` backslash-escaped, U+0008/9/A/C/D as
 *   \b \t \n \f \r, other characters below U+0020 as \u00xx (lowercase hex), everything else literal
 *   (no \u escapes for non-ASCII). Python's json.dumps(value, separators=(',', ':'), ensure_ascii=False)
 *   produces the same bytes.
 *
 * Example: the first entry of a log hashes
 *   ["000…000","2025-11-28T03:04:05.006Z","analyst-7","WG","analyst","<64 hex>",["k1:ab…"],"HIT",["reportCount"],[]]
 *
 * operationHash (what was asked, without keeping the question) = lowercase hex SHA-256 of the UTF-8 bytes of
 *   canonicalJson([query, operationName or null, variables or {}])
 * where canonicalJson is JSON.stringify with every object's keys sorted by UTF-16 code units (arrays keep
 * their order). The variables are in it so two reads of different reports never look the same.
 */
import { createHash } from 'node:crypto';

export interface AuditInput {
  at: Date;
  /** The caller's token subject. */
  subject: string;
  /** The caller's member (alpha-2) or WG. */
  requesterMember: string;
  role: string;
  /** sha256 hex of the operation text (operationHash()). */
  operationHash: string;
  /** Indicator digests the answer touched. */
  digests: string[];
  /** Sharing level applied. */
  level: string;
  /** Field names withheld. */
  redactions: string[];
  /** References of the reports the answer carried; undefined only on entries older than this field. */
  reports?: string[];
}

export interface AuditEntry extends AuditInput {
  id: number;
  prevHash: string;
  hash: string;
}

/** The prev_hash of the first entry. */
export const genesisHash = '0'.repeat(64);

export function auditHash(prevHash: string, input: AuditInput): string {
  const canonical = JSON.stringify([
    prevHash,
    input.at.toISOString(),
    input.subject,
    input.requesterMember,
    input.role,
    input.operationHash,
    input.digests,
    input.level,
    input.redactions,
    ...(input.reports === undefined ? [] : [input.reports]),
  ]);
  return sha256Hex(canonical);
}

/** What goes into `operationHash`: the operation and its variables themselves never reach the log. */
export function operationHash(
  operation: string,
  variables: Readonly<Record<string, unknown>> = {},
  operationName: string | null = null,
): string {
  return sha256Hex(canonicalJson([operation, operationName, variables]));
}

/**
 * JSON with sorted object keys: the same variables give the same hash whatever order a client sent. A
 * node hashes every foreign read's variables, and a 10,000-indicator screen's are 10,000 representations:
 * the native JSON.stringify, with a replacer that hands it each object's keys in sorted order, does that
 * in a fraction of the CPU and garbage of a walk in JavaScript (bench/levers.md). Where the two could
 * differ (integer-like keys, which JSON.stringify always writes first; toJSON; functions, symbols, boxed
 * primitives) it falls back to the walk, canonicalJsonByWalk, the definition.
 */
export function canonicalJson(value: unknown): string {
  let exact = true;
  let text: string | undefined;
  try {
    text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
      if (this[key] !== v) exact = false; // toJSON replaced it
      if (v === null || typeof v !== 'object') {
        if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') exact = false;
        return v;
      }
      if (Array.isArray(v)) return v;
      if (v instanceof Number || v instanceof String || v instanceof Boolean) exact = false;
      const keys = Object.keys(v);
      let sorted = true;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (ARRAY_INDEX.test(k)) exact = false;
        if (i > 0 && keys[i - 1]! > k) sorted = false;
      }
      if (sorted || !exact) return v;
      const copy = Object.create(null) as Record<string, unknown>; // an own "__proto__" key stays a key
      for (const k of keys.sort()) copy[k] = (v as Record<string, unknown>)[k];
      return copy;
    });
  } catch {
    exact = false;
  }
  return exact ? (text ?? 'null') : canonicalJsonByWalk(value);
}

/** A key JSON.stringify writes before all others, in numeric order (an array index: 0 to 2^32 - 2). */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** The definition of canonicalJson: JSON.stringify with every object's keys sorted by UTF-16 code units. */
export function canonicalJsonByWalk(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJsonByWalk(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonByWalk(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
