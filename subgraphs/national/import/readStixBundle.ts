/**
 * Reads a STIX 2.1 bundle as import rows: each `report` object becomes one row (the fields the CSV and
 * NDJSON formats have, from the report and the federation's extension, docs/stix.md), its indicators read
 * from the patterns of the `indicator` objects it names. The rows then go through the same validation and
 * the same all-or-nothing write as any other file; there is no second write path. A problem's `line` is
 * the object's position counted from 1 (0 = the bundle), written `objects[i]` (importFormat.ts).
 *
 * A node stores reports: an indicator no report names (one the exporter saw only sightings of), a
 * sighting (another member's observation) and the supporting objects (identities, markings,
 * extension-definitions) are checked and not stored; a bundle without any report is refused. Patterns are read without the importing member's region: a bundle crosses borders, so
 * its values must name their country (E.164 phones, `TH:004:…` accounts), as canonical values do.
 */
import { readFile } from 'node:fs/promises';
import { GraphQLError } from 'graphql';
import { normalizeIndicator } from '../../../shared/indicators/index.js';
import { checkBundle } from '../../../shared/stix/checkBundle.js';
import { parsePattern } from '../../../shared/stix/indicatorPattern.js';
import { EXTENSION_ID } from '../../../shared/stix/stixVocabulary.js';
import { type RawRow } from './readRows.js';

type Obj = Record<string, unknown>;

/** Read for what they say about the others, never stored. */
const supporting = new Set(['identity', 'marking-definition', 'extension-definition', 'sighting']);
/** Report extension properties that are import fields of the same name. */
const reportFields = ['reference', 'scam_type', 'channel', 'status', 'province', 'loss_amount', 'currency'] as const;

export async function* readStixBundle(path: string): AsyncGenerator<RawRow> {
  const problem = (index: number, field: string, reason: string): RawRow => ({
    line: index + 1,
    problem: { line: index + 1, field, reason },
  });
  let bundle: unknown;
  try {
    bundle = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    yield problem(-1, 'json', `not valid JSON (${(error as Error).message})`);
    return;
  }
  const structural = checkBundle(bundle);
  for (const p of structural) yield problem(p.index, p.field, p.reason);
  if (structural.some((p) => p.index === -1)) return;
  const objects = (bundle as { objects: Obj[] }).objects;
  const broken = new Set(structural.map((p) => p.index));
  // a malformed object's own problem is reported; a report naming it adds none
  const brokenIds = new Set([...broken].map((i) => objects[i]?.id).filter((id) => typeof id === 'string'));

  const at = new Map<string, number>();
  const indicators = new Map<number, { kind: string; value: string }>();
  for (const [i, o] of objects.entries()) {
    if (broken.has(i)) continue;
    const seen = at.get(o.id as string);
    if (seen !== undefined) {
      yield problem(i, 'id', `${o.id as string} is also objects[${seen}]; give each object once`);
      continue;
    }
    at.set(o.id as string, i);
    if (o.type === 'indicator') {
      const read = readIndicator(o);
      if ('reason' in read) yield problem(i, read.field, read.reason);
      else indicators.set(i, read);
    } else if (o.type !== 'report' && !supporting.has(o.type as string)) {
      yield problem(
        i,
        'type',
        `${o.type as string} objects are not imported; a bundle holds reports, indicators, sightings, identities and markings`,
      );
    }
  }

  const rows: RawRow[] = [];
  for (const [i, o] of objects.entries()) {
    if (broken.has(i) || o.type !== 'report' || at.get(o.id as string) !== i) continue;
    const ext = extensionOf(o);
    const roles = (typeof ext.indicator_roles === 'object' && ext.indicator_roles) || {};
    const links: { kind: string; value: string; role?: string }[] = [];
    let ok = true;
    for (const [r, ref] of (o.object_refs as string[]).entries()) {
      const target = at.get(ref);
      if (target === undefined && brokenIds.has(ref)) {
        ok = false;
        continue;
      }
      if (target === undefined || objects[target]!.type !== 'indicator') {
        ok = false;
        yield problem(
          i,
          `object_refs[${r}]`,
          target === undefined
            ? `${ref} is not in the bundle`
            : `names a ${objects[target]!.type as string}; a report imported into a node names indicators only`,
        );
        continue;
      }
      const indicator = indicators.get(target);
      if (!indicator) {
        ok = false; // its own problem is already reported at the indicator
        continue;
      }
      const role = (roles as Obj)[ref];
      links.push(typeof role === 'string' ? { ...indicator, role } : indicator);
    }
    if (!ok) continue;
    const fields: Obj = { reference: o.name, reported_at: o.published, indicators: links };
    for (const f of reportFields) if (ext[f] !== undefined) fields[f] = ext[f];
    rows.push({ line: i + 1, fields });
  }
  if (!objects.some((o) => o.type === 'report')) {
    yield problem(
      -1,
      'objects',
      'hold no report; a node stores reports, so indicators and sightings alone import nothing',
    );
  }
  yield* rows;
}

/** The kind and a value the node's normaliser accepts, or why not. */
function readIndicator(o: Obj): { kind: string; value: string } | { field: string; reason: string } {
  if (o.pattern_type !== 'stix') {
    return { field: 'pattern_type', reason: `${JSON.stringify(o.pattern_type)} patterns are not read; only "stix"` };
  }
  if (typeof o.pattern !== 'string') return { field: 'pattern', reason: 'must be a string' };
  const read = parsePattern(o.pattern);
  if ('reason' in read) return { field: 'pattern', reason: read.reason };
  try {
    normalizeIndicator(read.kind, read.value);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { field: 'pattern', reason: `${error.message} (values in a bundle must carry their country)` };
  }
  return read;
}

function extensionOf(o: Obj): Obj {
  const ext = (o.extensions as Obj | undefined)?.[EXTENSION_ID];
  return typeof ext === 'object' && ext !== null && !Array.isArray(ext) ? (ext as Obj) : {};
}
