/**
 * Money is carried as integer hundredths inside the system (exact sums in SQL and in the hub) and as a
 * decimal string at the API edge. Hand-written because it is four lines of integer arithmetic; a decimal
 * library would be a dependency for nothing.
 */

export interface Money {
  amount: string;
  currency: string;
}

export function minorToDecimal(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minor));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Parses "1250", "1250.5", "1,250.50" into hundredths; null when it is not such a number. */
export function decimalToMinor(text: string): number | null {
  const m = /^\s*(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const units = Number(m[2]!.replaceAll(',', ''));
  const minor = units * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] ? -minor : minor;
}

/** Sums amounts per currency (never across currencies), sorted by currency code. */
export function sumByCurrency(items: Iterable<Money>): Money[] {
  const totals = new Map<string, number>();
  for (const { amount, currency } of items) {
    const minor = decimalToMinor(amount);
    if (minor === null) throw new Error(`not a decimal amount: ${amount}`);
    totals.set(currency, (totals.get(currency) ?? 0) + minor);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => ({ currency, amount: minorToDecimal(minor) }));
}

/**
 * Indicative US dollars for amounts in several currencies, at the given rates (the registry's table).
 * For putting members on one chart axis only; a currency with no rate is left out rather than guessed.
 */
export function indicativeUsd(items: Iterable<Money>, usdPerUnit: ReadonlyMap<string, number>): string {
  let cents = 0;
  for (const { amount, currency } of items) {
    const rate = usdPerUnit.get(currency);
    const minor = decimalToMinor(amount);
    if (rate === undefined || minor === null) continue;
    cents += minor * rate;
  }
  return minorToDecimal(Math.round(cents));
}
