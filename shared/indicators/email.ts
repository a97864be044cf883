/**
 * EMAIL: `local@domain`, trimmed and lowercased, domain in punycode. Accepts `mailto:` links (their
 * `?subject=` tail ignored) and `Name <address>`.
 */
import { asciiHost, registrableDomain } from './host.js';
import { invalid } from './invalidIndicator.js';

export function normalizeEmail(value: string): string {
  let text = value.normalize('NFKC').trim();
  const display = /^[^<>]*<([^<>]*)>$/.exec(text);
  if (display) text = (display[1] ?? '').trim();
  text = text.replace(/^mailto:/i, '').split('?')[0] ?? '';
  const parts = text.split('@');
  if (parts.length !== 2) invalid('must contain exactly one "@"');
  const [local = '', domain = ''] = parts;
  if (!local) invalid('the part before "@" is empty');
  if (local.length > 64) invalid('the part before "@" is longer than 64 characters');
  // Quoted local parts (RFC 5322) are legal but unseen in scam reports; reject rather than mis-read them.
  if (/[\s"(),:;<>[\]\\]/.test(local)) invalid('the part before "@" has a space or a character that needs quoting');
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    invalid('the part before "@" has a misplaced dot');
  }
  if (!domain) invalid('the domain after "@" is empty');
  const host = asciiHost(domain);
  registrableDomain(host); // the whole host is kept (mail.example.com), but it must be under a public suffix
  // The local part is lowercased too. RFC 5321 lets it be case-sensitive, but no mainstream provider treats
  // it so, and for matching reports across members recall matters more than that theoretical distinction.
  return `${local.toLowerCase()}@${host}`;
}
