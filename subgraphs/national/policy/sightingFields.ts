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

/**
 * Which fields of a sighting this level withholds. On a miss there is nothing to withhold above `hit`,
 * except at NONE, where every field is listed hit or miss: a shorter list would reveal the miss.
 */
export function sightingRedactions(level: SharingLevel, row: SightingRow | undefined, rule: string): Redaction[] {
  return (Object.entries(sightingFieldLevels) as [SightingField, SharingLevel][])
    .filter(([, needed]) => !atLeast(level, needed) && (row !== undefined || level === 'NONE'))
    .map(([field, needed]) => ({ field, rule, levelNeeded: needed }));
}
