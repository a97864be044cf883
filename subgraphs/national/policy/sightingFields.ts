/**
 * Field-level rules of a sighting (NationalSighting in the schema): the level each field needs. A field
 * above the caller's level is null in the answer and listed as a Redaction with the rule that decided,
 * never silently missing.
 */
import { type SightingRow } from '../db/rows.js';
import { atLeast, type SharingLevel } from './levels.js';

export const sightingFieldLevels = {
  hit: 'HIT',
  reference: 'HIT',
  reportCount: 'SUMMARY',
  firstSeen: 'SUMMARY',
  lastSeen: 'SUMMARY',
  totalLoss: 'SUMMARY',
  scamTypes: 'SUMMARY',
  channels: 'SUMMARY',
  feedback: 'SUMMARY',
  reports: 'DETAIL',
} as const satisfies Record<string, SharingLevel>;

export type SightingField = keyof typeof sightingFieldLevels;

/** Matches the schema's Redaction type. */
export interface Redaction {
  field: string;
  /** The owner's policy rule that applied. */
  rule: string;
  levelNeeded: SharingLevel;
}

const fields = Object.entries(sightingFieldLevels) as [SightingField, SharingLevel][];
/**
 * The answers so far, by level, hit or miss, and rule: a node asks once per entity, 10,000 times in one
 * screen, and there are only a handful of distinct answers (levels x 2 x the policy's rules). Frozen: every
 * caller shares them (bench/levers.md).
 */
const memo = new Map<string, readonly Redaction[]>();

/**
 * Which fields of a sighting this level withholds. On a miss there is nothing to withhold above `hit`,
 * except at NONE, where every field is listed hit or miss: a shorter list would reveal the miss.
 */
export function sightingRedactions(
  level: SharingLevel,
  row: SightingRow | undefined,
  rule: string,
): readonly Redaction[] {
  const key = `${level}\n${row === undefined ? 'miss' : 'hit'}\n${rule}`;
  let out = memo.get(key);
  if (!out) {
    out = Object.freeze(
      fields
        .filter(([, needed]) => !atLeast(level, needed) && (row !== undefined || level === 'NONE'))
        .map(([field, needed]) => Object.freeze({ field, rule, levelNeeded: needed })),
    );
    // rules are the policy's own names, so this stays small; a bound all the same, whatever a policy holds
    if (memo.size >= 1000) memo.clear();
    memo.set(key, out);
  }
  return out;
}
