/**
 * E_WALLET: `${PROVIDER}:${account}`, e.g. `GCASH:+639171234567`. Providers and the members they operate
 * in are registry data (schema/members.json `eWallets`), written any way people write them (`GCash`,
 * `Touch 'n Go`, `TNG eWallet`). Most wallets are opened on a mobile number, which is then the account id:
 * it is read as a PHONE (E.164), nationally in the provider's home member, so `GCash 0917 123 4567` and
 * `gcash:+63 917 123 4567` are one value, and the same number reported as a PHONE is the same E.164.
 */
import { type Member, eWalletProvider, eWalletProviders } from '../../schema/registry.js';
import { InvalidIndicatorError, invalid } from './invalidIndicator.js';
import { normalizePhone } from './phone.js';

export function normalizeEWallet(value: string, region: Member | undefined): string {
  const text = value.normalize('NFKC').trim();
  const [providerSpelling, rawAccount] = splitProvider(text);
  const provider = eWalletProvider(providerSpelling);
  if (!provider) {
    invalid(`unknown e-wallet provider "${providerSpelling}"; known: ${eWalletProviders().join(', ')}`);
  }
  const account = rawAccount.trim();
  if (!account) invalid(`the ${provider.provider} account is empty`);
  return `${provider.provider}:${accountId(account, provider.homes, region)}`;
}

/** `provider:account`, `provider/account`, or `Provider Name 0917 …` (the account starts at `+` or a digit). */
function splitProvider(text: string): [string, string] {
  const explicit = /^([^:/|]+)[:/|](.*)$/s.exec(text);
  if (explicit) return [explicit[1] ?? '', explicit[2] ?? ''];
  const spaced = /^(.*?[A-Za-z].*?)\s+([+0-9(].*)$/s.exec(text);
  if (spaced) return [spaced[1] ?? '', spaced[2] ?? ''];
  return invalid('expected provider:account, e.g. "GCash:0917 123 4567"');
}

/**
 * A `+` number is a mobile number and must be a valid one. Other digits are a mobile number when they are
 * a valid one in the provider's home member (or `region`), else the provider's own account number (ABA's
 * and Wing's start with 0 too); anything else is a username, lowercased.
 */
function accountId(account: string, homes: readonly Member[], region: Member | undefined): string {
  const compact = account.replace(/[\s\-.()]/g, '');
  const home = region && homes.includes(region) ? region : homes.length === 1 ? homes[0] : region;
  if (/^\+[0-9]+$/.test(compact)) return phone(account, home);
  if (/^[0-9]{5,20}$/.test(compact)) {
    if (home === undefined) {
      invalid(`${homes.map((h) => h.code).join(', ')} all have this provider: give a region or write +<code>`);
    }
    try {
      return normalizePhone(account, home);
    } catch (error) {
      if (!(error instanceof InvalidIndicatorError)) throw error;
      return compact;
    }
  }
  const handle = account.toLowerCase();
  if (!/^[a-z0-9._@-]{3,64}$/.test(handle)) {
    invalid('the account must be a mobile number, 5-20 digits, or a 3-64 character username');
  }
  return handle;
}

function phone(account: string, home: Member | undefined): string {
  try {
    return normalizePhone(account, home);
  } catch (error) {
    if (error instanceof InvalidIndicatorError) invalid(`mobile number: ${error.reason}`);
    throw error;
  }
}
