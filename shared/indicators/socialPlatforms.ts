/**
 * The messaging and social platforms an account may be on, and what a handle on each looks like. Rules
 * are deliberately modest (charset and length the platform documents) so that a real handle is never
 * refused; every platform here treats usernames case-insensitively, so handles are lowercased.
 */
export interface PlatformRule {
  /** Canonical platform name, the prefix of the canonical value. */
  readonly platform: string;
  /** Names people write for it (upper case), the canonical one included. */
  readonly aliases: readonly string[];
  /** Accounts that are phone numbers: the handle is the phone's E.164. */
  readonly phone?: boolean;
  /** What a (lowercased) handle must match, and the same in words for the error message. */
  readonly pattern?: RegExp;
  readonly rule?: string;
  /** Spelling differences the platform itself ignores, removed so both spellings match. */
  readonly fold?: (handle: string) => string;
}

export const platformRules: readonly PlatformRule[] = [
  {
    platform: 'LINE',
    aliases: ['LINE'],
    pattern: /^[a-z0-9._-]{4,20}$/,
    rule: '4-20 letters, digits, ".", "_" or "-"',
  },
  {
    platform: 'TELEGRAM',
    aliases: ['TELEGRAM', 'TG'],
    pattern: /^[a-z][a-z0-9_]{4,31}$/,
    rule: '5-32 letters, digits or "_", starting with a letter',
  },
  {
    platform: 'FACEBOOK',
    aliases: ['FACEBOOK', 'FB'],
    pattern: /^[a-z0-9]{5,50}$/,
    rule: '5-50 letters or digits (dots are ignored), or a numeric profile id',
    // Facebook: "periods and capitalization don't count as part of a username" (john.smith = johnsmith)
    fold: (handle) => handle.replace(/\./g, ''),
  },
  { platform: 'WHATSAPP', aliases: ['WHATSAPP', 'WA'], phone: true },
  { platform: 'ZALO', aliases: ['ZALO'], phone: true },
  { platform: 'VIBER', aliases: ['VIBER'], phone: true },
  {
    platform: 'WECHAT',
    aliases: ['WECHAT', 'WEIXIN'],
    pattern: /^[a-z][a-z0-9_-]{5,19}$/,
    rule: '6-20 letters, digits, "_" or "-", starting with a letter',
  },
  {
    platform: 'INSTAGRAM',
    aliases: ['INSTAGRAM', 'IG'],
    pattern: /^[a-z0-9._]{1,30}$/,
    rule: '1-30 letters, digits, "." or "_"',
  },
  { platform: 'TIKTOK', aliases: ['TIKTOK'], pattern: /^[a-z0-9._]{2,24}$/, rule: '2-24 letters, digits, "." or "_"' },
  { platform: 'X', aliases: ['X', 'TWITTER'], pattern: /^[a-z0-9_]{1,15}$/, rule: '1-15 letters, digits or "_"' },
];

export function platformByAlias(name: string): PlatformRule | undefined {
  const upper = name.trim().toUpperCase();
  return platformRules.find((r) => r.aliases.includes(upper));
}

export const platformList = platformRules.map((r) => r.platform).join(', ');
