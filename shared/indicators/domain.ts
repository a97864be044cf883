/**
 * DOMAIN: the registered domain (`login.example.co.th` -> `example.co.th`) in lowercase punycode, from a
 * bare host, a sub-domain or a whole URL. Sites under a private suffix (`foo.github.io`) keep their own
 * name, since each has its own owner.
 */
import { asciiHost, registrableDomain } from './host.js';
import { invalid } from './invalidIndicator.js';

export function normalizeDomain(value: string): string {
  const text = value.trim();
  // The WHATWG parser finds the host in anything URL-shaped (scheme, port, path, userinfo) and maps IDN.
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let hostname: string;
  try {
    hostname = new URL(hasScheme ? text : `http://${text.replace(/^\/\//, '')}`).hostname;
  } catch {
    return invalid('not a valid domain or URL');
  }
  if (!hostname) invalid('no host name found');
  if (hostname.startsWith('[')) invalid(`${hostname} is an IP address, not a domain`);
  return registrableDomain(asciiHost(hostname));
}
