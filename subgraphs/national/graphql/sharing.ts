import type { SightingRow } from '../db/rows.js';
import type { Redaction, SharingLevel } from './__generated__/resolvers.js';

export const levels: readonly SharingLevel[] = ['NONE', 'HIT', 'SUMMARY', 'DETAIL', 'PARTNER'];

export function atLeast(level: SharingLevel, needed: SharingLevel): boolean {
  return levels.indexOf(level) >= levels.indexOf(needed);
}

/** The level each NationalSighting field needs: a field above the caller's level is null and listed. */
export const sightingFieldLevels = {
  hit: 'HIT',
  reference: 'HIT',
  reportCount: 'SUMMARY',
  firstSeen: 'SUMMARY',
  lastSeen: 'SUMMARY',
  totalLoss: 'SUMMARY',
  scamTypes: 'SUMMARY',
  channels: 'SUMMARY',
  reports: 'DETAIL',
} as const satisfies Record<string, SharingLevel>;

export type SightingField = keyof typeof sightingFieldLevels;

/**
 * Which fields of a sighting this level withholds. On a miss there is nothing to withhold above `hit`,
 * except at NONE, where every field is listed hit or miss: a shorter list would reveal the miss.
 */
export function sightingRedactions(level: SharingLevel, row: SightingRow | undefined, rule: string): Redaction[] {
  return (Object.entries(sightingFieldLevels) as [SightingField, SharingLevel][])
    .filter(([, needed]) => !atLeast(level, needed) && (row !== undefined || level === 'NONE'))
    .map(([field, needed]) => ({ field, rule, levelNeeded: needed }));
}
