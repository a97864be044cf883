/**
 * The STIX 2.1 rules the federation's bundles are held to, on export (tests) and on import (before any
 * object is mapped): bundle shape (§8), common properties (§3.2: type, spec_version, id, created,
 * modified, references), timestamps (§3.3: UTC, `Z`), and the required properties of the object types
 * the federation writes and reads. Not a full validator (no vocabularies beyond what import relies on).
 */
export interface StixProblem {
  /** Index in `objects`; -1 for the bundle itself. */
  readonly index: number;
  readonly field: string;
  readonly reason: string;
}

type Obj = Record<string, unknown>;

const typeShape = /^[a-z0-9](?:[a-z0-9]|-(?!-))+[a-z0-9]$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const timestamp = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

/** Required properties per type, beyond the common ones. */
const required: Record<string, readonly string[]> = {
  indicator: ['pattern', 'pattern_type', 'valid_from'],
  report: ['name', 'published', 'object_refs'],
  sighting: ['sighting_of_ref'],
  identity: ['name'],
  'marking-definition': [],
  'extension-definition': ['created_by_ref', 'name', 'schema', 'version', 'extension_types'],
};
/** Types that carry `modified` (marking-definitions are never versioned, §7.2.1). */
const versioned = new Set(['indicator', 'report', 'sighting', 'identity', 'extension-definition']);

export function isStixId(value: unknown, type?: string): value is string {
  if (typeof value !== 'string') return false;
  const at = value.indexOf('--');
  return at > 0 && (type === undefined || value.slice(0, at) === type) && uuid.test(value.slice(at + 2));
}

/** A STIX timestamp (UTC, `Z`) that is a real instant, as epoch ms; undefined otherwise. */
export function stixTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = timestamp.exec(value);
  if (!m) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) || new Date(t).getUTCDate() !== Number(m[3]) ? undefined : t;
}

export function checkBundle(bundle: unknown): StixProblem[] {
  const problems: StixProblem[] = [];
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
    return [{ index: -1, field: 'bundle', reason: 'must be a JSON object of type bundle' }];
  }
  const b = bundle as Obj;
  if (b.type !== 'bundle') problems.push({ index: -1, field: 'type', reason: `must be "bundle", not ${show(b.type)}` });
  if (!isStixId(b.id, 'bundle'))
    problems.push({ index: -1, field: 'id', reason: `${show(b.id)} is not bundle--<uuid>` });
  if (!Array.isArray(b.objects) || b.objects.length === 0) {
    problems.push({ index: -1, field: 'objects', reason: 'must be a non-empty array' });
    return problems;
  }
  b.objects.forEach((o: unknown, index) => problems.push(...checkObject(o, index)));
  return problems;
}

function checkObject(o: unknown, index: number): StixProblem[] {
  const problems: StixProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ index, field, reason });
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    problem('object', 'must be a JSON object');
    return problems;
  }
  const obj = o as Obj;
  const type = obj.type;
  if (typeof type !== 'string' || type.length < 3 || type.length > 250 || !typeShape.test(type)) {
    problem('type', `${show(type)} is not a STIX type name (3-250 of a-z, 0-9 and single hyphens)`);
    return problems;
  }
  if (!isStixId(obj.id, type)) problem('id', `${show(obj.id)} is not ${type}--<RFC 4122 uuid>`);
  if (obj.spec_version !== '2.1') problem('spec_version', `must be "2.1", not ${show(obj.spec_version)}`);
  const created = stixTime(obj.created);
  if (created === undefined)
    problem('created', `${show(obj.created)} is not a STIX timestamp (UTC, e.g. 2026-03-14T09:30:00.000Z)`);
  if (versioned.has(type)) {
    const modified = stixTime(obj.modified);
    if (modified === undefined) problem('modified', `${show(obj.modified)} is not a STIX timestamp`);
    else if (created !== undefined && modified < created) problem('modified', 'is earlier than created');
  }
  for (const field of required[type] ?? []) {
    if (obj[field] === undefined || obj[field] === null || obj[field] === '') problem(field, 'is required');
  }
  for (const [field, value] of Object.entries(obj)) {
    if (field.endsWith('_ref') && !isStixId(value)) problem(field, `${show(value)} is not a STIX id`);
    if (field.endsWith('_refs')) {
      if (!Array.isArray(value) || value.length === 0) problem(field, 'must be a non-empty array of STIX ids');
      else value.forEach((v: unknown, i) => isStixId(v) || problem(`${field}[${i}]`, `${show(v)} is not a STIX id`));
    }
  }
  for (const field of ['valid_from', 'published', 'first_seen', 'last_seen', 'valid_until']) {
    if (obj[field] !== undefined && stixTime(obj[field]) === undefined)
      problem(field, `${show(obj[field])} is not a STIX timestamp`);
  }
  if (type === 'sighting') {
    const count = obj.count;
    if (count !== undefined && (!Number.isInteger(count) || (count as number) < 0 || (count as number) > 999_999_999)) {
      problem('count', 'must be an integer from 0 to 999999999');
    }
    const first = stixTime(obj.first_seen);
    const last = stixTime(obj.last_seen);
    if (first !== undefined && last !== undefined && last < first) problem('last_seen', 'is earlier than first_seen');
  }
  return problems;
}

const show = (v: unknown) => (v === undefined ? 'missing' : JSON.stringify(v));
