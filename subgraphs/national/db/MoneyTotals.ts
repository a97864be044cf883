import { type MoneyRow } from './rows.js';
import { readNumberOrNull } from './dialect.js';

/**
 * Sums SQL's per-group SUM(loss_minor) per currency. Amounts never mix across currencies (a report's loss is
 * in its own currency, and the node does not convert); a group whose losses are all unknown adds nothing.
 */
export class MoneyTotals {
  private readonly byCurrency = new Map<string, number>();

  /** `amountMinor` as SQL returned it: a number, a NUMERIC string (PostgreSQL) or null. */
  add(currency: string, amountMinor: unknown): void {
    const amount = readNumberOrNull(amountMinor);
    if (amount === null) return;
    this.byCurrency.set(currency, (this.byCurrency.get(currency) ?? 0) + amount);
  }

  /** Sorted by currency code. */
  list(): MoneyRow[] {
    return [...this.byCurrency]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, amountMinor]) => ({ currency, amountMinor }));
  }
}
