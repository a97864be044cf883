/**
 * URL: WHATWG URL (what browsers do), then the normalisations that make two spellings of the same page
 * one value: http(s) only, credentials, fragment and tracking parameters dropped, query sorted, trailing
 * slash of a non-root path removed. Path case is kept: servers may treat it as significant.
 *
 * The canonical form is always `https://` and never `www.`: scam SMS and chat messages carry links without
 * a scheme, victims paste them with or without `www.`, and a phishing kit answers the same page on all
 * four; keeping the scheme or `www.` as written split one site into up to four values that never matched
 * (issue 10). The canonical value is a matching key, not a link to open.
 */
import { asciiHost, isIpAddress, registrableDomain } from './host.js';
import { InvalidIndicatorError, invalid } from './invalidIndicator.js';

function isRegistrable(host: string): boolean {
  try {
    registrableDomain(host);
    return true;
  } catch (error) {
    if (error instanceof InvalidIndicatorError) return false;
    throw error;
  }
}

/** Parameters that identify the campaign or click, never the page. */
const trackingParams = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'si',
  'ref_src',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || trackingParams.has(lower);
}

export function normalizeUrl(value: string): string {
  const url = parseHttpUrl(value.trim());
  url.username = '';
  url.password = '';
  url.hash = '';
  let host = url.hostname.replace(/\.$/, '');
  if (!host.startsWith('[') && !isIpAddress(host)) {
    registrableDomain(asciiHost(host));
    // `www.` is the same site, unless what is left is a bare public suffix (`www.co.th` is itself a site)
    const bare = host.replace(/^www\./, '');
    if (bare !== host && isRegistrable(bare)) host = bare;
  }
  url.hostname = host;
  // one scheme: the port, if any, is kept; http's default port was already dropped by the parser
  url.protocol = 'https:';
  const kept = new URLSearchParams([...url.searchParams].filter(([name]) => !isTracking(name)));
  kept.sort(); // stable: repeated names keep their order, which may matter to the server
  url.search = kept.size > 0 ? kept.toString() : '';
  if (url.pathname !== '/') url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}

/** Adds a scheme to a scheme-less URL (`example.com/login`, `//example.com`); rejects other schemes. */
function parseHttpUrl(text: string): URL {
  let withScheme = text;
  if (text.startsWith('//')) withScheme = `http:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // `mailto:x`, `javascript:…` have a scheme; `example.com:8080/x` has a port
    const scheme = /^([a-z][a-z0-9+.-]*):(?![0-9])/i.exec(text);
    if (scheme) invalid(`scheme "${scheme[1]?.toLowerCase()}" is not http or https`);
    withScheme = `http://${text}`;
  }
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return invalid('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    invalid(`scheme "${url.protocol.slice(0, -1)}" is not http or https`);
  }
  if (!url.hostname) invalid('the URL has no host');
  return url;
}
