/**
 * Profile links -> platform and raw handle: `t.me/<h>`, `line.me/ti/p/~<h>`, `facebook.com/<h>`,
 * `instagram.com/<h>`, `tiktok.com/@<h>`, `x.com/<h>`, `wa.me/<digits>`, `zalo.me/<digits>`. Paths that are
 * a platform's own pages (groups, posts, invite links) are not accounts and are refused by name.
 */
import { invalid } from './invalidIndicator.js';

export interface ProfileLink {
  platform: string;
  /** The handle as found; for phone platforms a phone number (`+66…`, or national when it starts with 0). */
  handle: string;
}

interface LinkRule {
  platform: string;
  hosts: readonly string[];
  /** First path segments that are the platform's own pages, not accounts. */
  reserved?: readonly string[];
  handle(segments: string[], url: URL): string | undefined;
}

const first = (segments: string[]) => segments[0];
const internationalDigits = (digits: string | undefined) =>
  digits && /^[0-9]+$/.test(digits) ? (digits.startsWith('0') ? digits : `+${digits}`) : undefined;

const linkRules: readonly LinkRule[] = [
  {
    platform: 'TELEGRAM',
    hosts: ['t.me', 'telegram.me', 'telegram.dog'],
    reserved: ['joinchat', 'addstickers', 'addemoji', 'share', 'proxy', 'socks', 'c', 'iv', 'login'],
    // t.me/s/<h> is the web preview of the same channel
    handle: (s) => (s[0] === 's' ? s[1] : s[0]),
  },
  {
    platform: 'LINE',
    hosts: ['line.me'],
    handle: (s) => {
      const path = s[0] === 'R' ? s.slice(1) : s;
      const id = path[0] === 'ti' && path[1] === 'p' ? path[2] : undefined;
      return id && /^[~@]/.test(id) ? id.slice(1) : undefined;
    },
  },
  {
    platform: 'FACEBOOK',
    hosts: ['facebook.com', 'fb.com'],
    reserved: [
      'groups',
      'events',
      'pages',
      'share',
      'sharer',
      'sharer.php',
      'watch',
      'marketplace',
      'login',
      'help',
      'photo',
      'photo.php',
      'photos',
      'hashtag',
      'story.php',
      'permalink.php',
      'reel',
      'stories',
    ],
    handle: (s, url) => {
      if (s[0] === 'profile.php') return url.searchParams.get('id') ?? undefined;
      if (s[0] === 'people') return s[2]; // facebook.com/people/<display name>/<numeric id>
      return s[0];
    },
  },
  {
    platform: 'INSTAGRAM',
    hosts: ['instagram.com'],
    reserved: ['p', 'reel', 'reels', 'explore', 'accounts', 'tv', 'direct'],
    handle: (s) => (s[0] === 'stories' ? s[1] : s[0]),
  },
  {
    platform: 'TIKTOK',
    hosts: ['tiktok.com'],
    handle: (s) => (s[0]?.startsWith('@') ? s[0] : undefined),
  },
  {
    platform: 'X',
    hosts: ['x.com', 'twitter.com'],
    reserved: ['home', 'i', 'intent', 'search', 'share', 'hashtag', 'explore', 'settings', 'messages'],
    handle: first,
  },
  {
    platform: 'WHATSAPP',
    hosts: ['wa.me', 'api.whatsapp.com', 'whatsapp.com'],
    // wa.me/<country code + number>; api.whatsapp.com/send?phone=<same>
    handle: (s, url) => internationalDigits(s[0] === 'send' ? (url.searchParams.get('phone') ?? '') : s[0]),
  },
  {
    platform: 'ZALO',
    hosts: ['zalo.me'],
    // zalo.me/<phone>, written nationally (0…) or with the country code
    handle: (s) => internationalDigits(s[0]),
  },
];

/** Sub-domains that are the same site (`m.facebook.com`, `www.instagram.com`). */
const siteAliases = /^(?:www|m|mobile|web)\./;

/** The apps' own link schemes (what "open in app" buttons and QR codes carry). */
const appSchemes = /^(tg|whatsapp|line):\/\//i;

export function isAppLink(text: string): boolean {
  return appSchemes.test(text);
}

export function looksLikeLink(text: string): boolean {
  return /^(?:https?:)?\/\//i.test(text) || appSchemes.test(text) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(text);
}

/** `tg://resolve?domain=<h>`, `whatsapp://send?phone=<digits>`, `line://ti/p/~<h>`. */
function parseAppLink(scheme: string, url: URL): ProfileLink {
  const path = `${url.hostname}${url.pathname}`.replace(/\/+$/, '');
  let found: ProfileLink | undefined;
  if (scheme === 'tg' && path === 'resolve')
    found = { platform: 'TELEGRAM', handle: url.searchParams.get('domain') ?? '' };
  if (scheme === 'whatsapp' && path === 'send') {
    found = { platform: 'WHATSAPP', handle: internationalDigits(url.searchParams.get('phone') ?? '') ?? '' };
  }
  if (scheme === 'line') {
    const id = /^ti\/p\/([~@].+)$/.exec(path)?.[1];
    if (id) found = { platform: 'LINE', handle: decodeURIComponent(id.slice(1)) };
  }
  if (!found?.handle) return invalid(`no account in this ${scheme}:// link`);
  return found;
}

export function parseProfileLink(text: string): ProfileLink {
  const app = appSchemes.exec(text);
  if (app) {
    try {
      return parseAppLink((app[1] ?? '').toLowerCase(), new URL(text));
    } catch (error) {
      if (error instanceof TypeError) invalid('not a valid app link');
      throw error;
    }
  }
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`);
  } catch {
    return invalid('not a valid profile link');
  }
  const host = url.hostname.replace(siteAliases, '');
  const rule = linkRules.find((r) => r.hosts.includes(host));
  if (!rule) {
    const known = linkRules.flatMap((r) => r.hosts).join(', ');
    return invalid(`no account link format for ${host} (known: ${known}); write platform:handle`);
  }
  let segments: string[];
  try {
    segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return invalid('the link path has a broken %-escape');
  }
  const top = segments[0]?.toLowerCase();
  if (top !== undefined && rule.reserved?.includes(top)) {
    invalid(`${host}/${segments[0]} is a platform page, not a ${rule.platform} account link`);
  }
  const handle = rule.handle(segments, url);
  if (!handle) invalid(`no ${rule.platform} account in this link`);
  return { platform: rule.platform, handle };
}
