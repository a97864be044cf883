/**
 * The period the dashboard shows: `from` inclusive, `to` exclusive, as the API's `region(from, to)` takes
 * them (YYYY-MM-DD, UTC). Default: the last 12 whole months up to and including the current one; a
 * `?from=&to=` in the address overrides it.
 */
export interface Period {
  from: string;
  to: string;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of the month `offset` months after `d`'s month (UTC). */
export function monthStart(d: Date, offset = 0): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
}

/** `months` whole months ending with the month of `today` (included). */
export function lastMonths(today: Date, months = 12): Period {
  return { from: isoDate(monthStart(today, 1 - months)), to: isoDate(monthStart(today, 1)) };
}

/** The 12 months ending with month `key` (YYYY-MM), for when the default period holds no reports. */
export function monthsEndingAt(key: string, months = 12): Period {
  return lastMonths(new Date(`${key}-01T00:00:00Z`), months);
}

/** The period asked for in the address, or an explanation of why it is not usable. */
export function periodFromQuery(search: string): Period | { problem: string } | null {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return null;
  if (!from || !to || !isDate(from) || !isDate(to)) {
    return { problem: 'The address has ?from= and ?to= but not both as YYYY-MM-DD dates; showing the default.' };
  }
  if (from >= to) return { problem: `The address asks for from=${from} on or after to=${to}; showing the default.` };
  return { from, to };
}

/** "1 Nov 2024 – 31 Oct 2025" for a period whose end is exclusive. */
export function describePeriod(p: Period): string {
  const last = new Date(`${p.to}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  const f = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${f.format(new Date(`${p.from}T00:00:00Z`))} – ${f.format(last)}`;
}
