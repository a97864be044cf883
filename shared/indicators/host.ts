/**
 * Host-name checks shared by DOMAIN, EMAIL and URL: IDN to punycode (UTS 46, as browsers do) and "is this a
 * name under a public suffix the Public Suffix List knows?", answered by tldts. Private suffixes count
 * (allowPrivateDomains) so `foo.github.io` and `bar.github.io` stay two domains, as they are two owners.
 */
import { domainToASCII } from 'node:url';
import { parse } from 'tldts';
import { invalid } from './invalidIndicator.js';

/** Lowercase ASCII (punycode) form of a host without its trailing dot; invalid() when it is not a DNS name. */
export function asciiHost(host: string): string {
  const trimmed = host.trim().replace(/\.$/, '');
  const ascii = trimmed ? domainToASCII(trimmed) : '';
  if (!ascii) invalid(`"${host}" is not a valid host name`);
  // domainToASCII lets empty labels through ("a..b"); DNS does not
  const labels = ascii.split('.');
  if (ascii.length > 253 || labels.some((l) => !/^[a-z0-9_-]{1,63}$/.test(l))) {
    invalid(`"${host}" is not a valid host name`);
  }
  return ascii;
}

/**
 * The registered domain of an ASCII host (`a.b.example.co.th` -> `example.co.th`); invalid() for an IP
 * address, a single-label name such as `localhost`, a bare public suffix or an unknown top-level domain.
 */
export function registrableDomain(host: string): string {
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp) invalid(`${host} is an IP address, not a domain`);
  if (!parsed.isIcann && !parsed.isPrivate) {
    if (!host.includes('.')) invalid(`"${host}" is a local name, not a public domain`);
    invalid(`unknown top-level domain ".${parsed.publicSuffix ?? ''}"`);
  }
  if (!parsed.domain) invalid(`"${host}" is a public suffix, not a registrable domain`);
  return parsed.domain;
}

export function isIpAddress(host: string): boolean {
  return parse(host).isIp === true;
}
