/**
 * SOCIAL_ACCOUNT: `${PLATFORM}:${handle}` from `platform:handle` (platform any case, `@` optional) or a
 * profile link. WhatsApp, Viber and Zalo accounts ARE phone numbers, so their handle is the E.164 the
 * PHONE normaliser gives; that also lets a WhatsApp account be matched against a reported phone number.
 */
import { type Member } from '../../schema/registry.js';
import { InvalidIndicatorError, invalid } from './invalidIndicator.js';
import { normalizePhone } from './phone.js';
import { isAppLink, looksLikeLink, parseProfileLink } from './socialLinks.js';
import { type PlatformRule, platformByAlias, platformList } from './socialPlatforms.js';

export function normalizeSocialAccount(value: string, region: Member | undefined): string {
  const text = value.normalize('NFKC').trim();
  // `telegram:@h`, and how people write it in reports: `Telegram @h`, `LINE ID: h`, `WhatsApp +66 …`
  const prefixed = isAppLink(text) ? null : (/^([A-Za-z]+)\s*:\s*(.*)$/s.exec(text) ?? spelledOut(text));
  const named = prefixed ? platformByAlias(prefixed[1] ?? '') : undefined;
  if (named && prefixed) {
    const rest = prefixed[2] ?? '';
    if (!looksLikeLink(rest)) return `${named.platform}:${canonicalHandle(named, rest, region)}`;
    const link = parseProfileLink(rest);
    if (link.platform !== named.platform) invalid(`the link is a ${link.platform} account, not ${named.platform}`);
    return `${named.platform}:${canonicalHandle(named, link.handle, region)}`;
  }
  if (looksLikeLink(text)) {
    const link = parseProfileLink(text);
    const rule = platformByAlias(link.platform);
    if (!rule) return invalid(`unknown platform ${link.platform}`);
    return `${rule.platform}:${canonicalHandle(rule, link.handle, region)}`;
  }
  if (prefixed && !/^https?$/i.test(prefixed[1] ?? '')) {
    return invalid(`unknown platform "${prefixed[1]}"; expected one of ${platformList}`);
  }
  return invalid(`needs a platform ("telegram:@handle", one of ${platformList}) or a profile link`);
}

/** `Telegram @handle`, `LINE ID: handle`, `Line id handle`: a platform name, then the handle. */
function spelledOut(text: string): RegExpExecArray | null {
  const match = /^([A-Za-z]+)(?:\s+id)?\s*[:\s]\s*(\S.*)$/is.exec(text);
  return match && platformByAlias(match[1] ?? '') ? match : null;
}

function canonicalHandle(rule: PlatformRule, raw: string, region: Member | undefined): string {
  const handle = raw.trim().replace(/^@/, '');
  if (!handle) invalid(`the ${rule.platform} handle is empty`);
  if (rule.phone) {
    try {
      return normalizePhone(handle, region);
    } catch (error) {
      if (error instanceof InvalidIndicatorError) invalid(`${rule.platform} number: ${error.reason}`);
      throw error;
    }
  }
  const folded = (rule.fold ?? ((h: string) => h))(handle.toLowerCase());
  if (rule.pattern && !rule.pattern.test(folded)) invalid(`${rule.platform} handles are ${rule.rule ?? 'invalid'}`);
  return folded;
}
