/**
 * The owner's service levels: how long after submission a request for each action is due. A member sets
 * them in a small text file it owns (SERVICE_LEVELS_FILE, docs/operators.md), one `ACTION DURATION` per
 * line; actions it leaves out keep the defaults. Defaults follow the figures: a freeze within the
 * hour (Thailand's centre targets 60 minutes; mule accounts are emptied within minutes), everything else
 * within 48 hours (Prüm II's follow-up window).
 */
import { readFileSync } from 'node:fs';
import type { AssistanceAction } from '../graphql/__generated__/resolvers.js';

export const assistanceActions = [
  'FREEZE_ACCOUNT',
  'BLOCK_NUMBER',
  'TAKE_DOWN',
  'IDENTIFY_HOLDER',
  'PRESERVE_EVIDENCE',
] as const satisfies readonly AssistanceAction[];

/** Milliseconds from submission to due, per action. */
export type ServiceLevels = Readonly<Record<AssistanceAction, number>>;

const hour = 3_600_000;

export const defaultServiceLevels: ServiceLevels = Object.freeze({
  FREEZE_ACCOUNT: 1 * hour,
  BLOCK_NUMBER: 48 * hour,
  TAKE_DOWN: 48 * hour,
  IDENTIFY_HOLDER: 48 * hour,
  PRESERVE_EVIDENCE: 48 * hour,
});

export class ServiceLevelsError extends Error {}

const units: Record<string, number> = { m: 60_000, h: hour, d: 24 * hour };
/** At most 90 days: a longer "service level" is a typo, and would keep requests open for ever. */
const maxMs = 90 * 24 * hour;

/** Parses `15m`, `1h`, `2d`; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,6})([mhd])$/.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]) * (units[m[2]!] ?? 0);
  return ms > 0 && ms <= maxMs ? ms : undefined;
}

/** Throws ServiceLevelsError naming `source` and the line of every problem. */
export function parseServiceLevels(text: string, source: string): ServiceLevels {
  const levels: Record<string, number> = { ...defaultServiceLevels };
  const seen = new Map<string, number>();
  const problems: string[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((rawLine, index) => {
      const line = index + 1;
      const fields = rawLine.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
      if (fields.length === 0) return;
      const [action = '', duration = ''] = fields;
      if (fields.length !== 2) problems.push(`${line}: expected 2 fields (ACTION DURATION), got ${fields.length}`);
      else if (!(assistanceActions as readonly string[]).includes(action))
        problems.push(`${line}: unknown action "${action}"; expected one of ${assistanceActions.join(', ')}`);
      else if (seen.has(action)) problems.push(`${line}: ${action} already set on line ${seen.get(action)}`);
      else {
        const ms = parseDuration(duration);
        if (ms === undefined)
          problems.push(`${line}: invalid duration "${duration}"; expected e.g. 30m, 1h, 2d (at most 90d)`);
        else {
          levels[action] = ms;
          seen.set(action, line);
        }
      }
    });
  if (problems.length > 0) throw new ServiceLevelsError(`${source}:\n  ${problems.join('\n  ')}`);
  return Object.freeze(levels as ServiceLevels);
}

/** The file's levels, or the defaults when the member has none. */
export function loadServiceLevels(file: string | undefined): ServiceLevels {
  if (file === undefined) return defaultServiceLevels;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ServiceLevelsError(`SERVICE_LEVELS_FILE: cannot read ${file}: ${(e as Error).message}`);
  }
  return parseServiceLevels(text, file);
}
