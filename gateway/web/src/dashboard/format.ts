/**
 * Number and money formatting. Amounts arrive as exact decimal strings and are formatted from the string
 * (Intl formats numeric strings without going through a float), each in its own currency.
 */
import type { Money } from './queries.js';

const counts = new Intl.NumberFormat('en');
const usd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const byCurrency = new Map<string, Intl.NumberFormat>();

type Formattable = Parameters<Intl.NumberFormat['format']>[0];

export const formatCount = (n: number) => counts.format(n);

/** "USD 1,234,567" from a Decimal string. */
export const formatUsd = (amount: string) => usd.format(amount as Formattable);

export function formatMoney(m: Money): string {
  let f = byCurrency.get(m.currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en', { style: 'currency', currency: m.currency, currencyDisplay: 'code' });
    } catch {
      f = new Intl.NumberFormat('en', { minimumFractionDigits: 2 }); // a code Intl does not know
    }
    byCurrency.set(m.currency, f);
  }
  return f.format(m.amount as Formattable).replace(/\u00a0/g, ' ');
}

/** One line per currency; never a sum across currencies. */
export const formatLosses = (losses: Money[] | null) =>
  losses === null ? '—' : losses.length === 0 ? 'none reported' : losses.map(formatMoney).join(' · ');

export const formatDate = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

/** An element with text content (never innerHTML: values come from the network). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
