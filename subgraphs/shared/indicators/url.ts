/**
 * URL: WHATWG URL (what browsers do), then the normalisations that make two spellings of the same page
 * one value: http(s) only, credentials, fragment and tracking parameters dropped, query sorted, trailing
 * slash of a non-root path removed. Path case is kept: servers may treat it as significant.
 */
import { asciiHost, isIpAddress, registrableDomain } from './host.js';
import { invalid } from './invalidIndicator.js';

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
  const host = url.hostname.replace(/\.$/, '');
  if (!host.startsWith('[') && !isIpAddress(host)) registrableDomain(asciiHost(host));
  url.hostname = host;
  const kept = new URLSearchParams([...url.searchParams].filter(([name]) => !isTracking(name)));
  kept.sort(); // stable: repeated names keep their order, which may matter to the server
  url.search = kept.size > 0 ? kept.toString() : '';
  if (url.pathname !== '/') url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}

/** Adds `http://` to a scheme-less URL (`example.com/login`, `//example.com`); rejects other schemes. */
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
