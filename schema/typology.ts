/**
 * Shared reference vocabularies: the working group's scam typology, reporting channels, indicator kinds
 * and the roles an indicator plays in a report. National nodes store these codes; the hub serves them
 * with descriptions; the SDL enums are rendered from the same lists so they cannot drift.
 */

export const scamTypes = [
  { code: 'INVESTMENT', label: 'Investment and trading fraud (incl. fake crypto platforms, pig butchering)' },
  { code: 'ROMANCE', label: 'Romance scam' },
  { code: 'JOB_TASK', label: 'Job or task scam (pay-to-work, click farming)' },
  { code: 'PARCEL_CUSTOMS', label: 'Parcel or customs fee scam' },
  { code: 'IMPERSONATION', label: 'Impersonation of officials, police or banks' },
  { code: 'LOAN', label: 'Fake loan or advance-fee loan' },
  { code: 'ONLINE_SHOPPING', label: 'Online shopping fraud (non-delivery)' },
  { code: 'HYBRID', label: 'Hybrid scam (call-center plus remote-access or phishing)' },
  { code: 'OTHER', label: 'Other' },
] as const;
export type ScamType = (typeof scamTypes)[number]['code'];

export const channels = [
  { code: 'PHONE_CALL', label: 'Phone call' },
  { code: 'SMS', label: 'SMS' },
  { code: 'MESSAGING_APP', label: 'Messaging app (LINE, WhatsApp, Telegram, Zalo, ...)' },
  { code: 'SOCIAL_MEDIA', label: 'Social media' },
  { code: 'WEBSITE', label: 'Website' },
  { code: 'EMAIL', label: 'E-mail' },
  { code: 'IN_PERSON', label: 'In person' },
  { code: 'OTHER', label: 'Other' },
] as const;
export type Channel = (typeof channels)[number]['code'];

export const indicatorKinds = [
  { code: 'PHONE', label: 'Phone number (E.164)' },
  { code: 'BANK_ACCOUNT', label: 'Bank account (member, bank code, account number)' },
  { code: 'CRYPTO_WALLET', label: 'Crypto wallet (chain and address)' },
  { code: 'URL', label: 'URL (normalised)' },
  { code: 'DOMAIN', label: 'Registered domain (punycode)' },
  { code: 'EMAIL', label: 'E-mail address' },
  { code: 'SOCIAL_ACCOUNT', label: 'Messaging or social-media account (platform and handle)' },
  { code: 'E_WALLET', label: 'E-wallet account (provider and account id, usually a mobile number)' },
  { code: 'COMPANY', label: 'Registered company (member and registration number, or folded name)' },
] as const;
export type IndicatorKind = (typeof indicatorKinds)[number]['code'];

export const indicatorRoles = [
  { code: 'CALLER_NUMBER', label: 'Number that called or messaged the victim' },
  { code: 'BENEFICIARY_ACCOUNT', label: 'Account the victim paid into' },
  { code: 'WALLET', label: 'Wallet the victim paid into' },
  { code: 'PHISHING_URL', label: 'Phishing or fake-platform URL' },
  { code: 'WEBSITE_DOMAIN', label: 'Domain of a fake site' },
  { code: 'CONTACT_EMAIL', label: 'E-mail used by the scammer' },
  { code: 'SOCIAL_PROFILE', label: 'Messaging or social-media account used by the scammer' },
  { code: 'BENEFICIARY_EWALLET', label: 'E-wallet the victim paid into' },
  { code: 'MULE_COMPANY', label: 'Company that received the money or fronted the scam' },
] as const;
export type IndicatorRole = (typeof indicatorRoles)[number]['code'];

export const reportStatuses = [
  { code: 'RECEIVED', label: 'Received' },
  { code: 'UNDER_INVESTIGATION', label: 'Under investigation' },
  { code: 'ACTIONED', label: 'Actioned (account frozen, number blocked, site taken down)' },
  { code: 'CLOSED', label: 'Closed' },
] as const;
export type ReportStatus = (typeof reportStatuses)[number]['code'];

export function isCode<T extends { code: string }>(list: readonly T[], value: string): value is T['code'] {
  return list.some((e) => e.code === value);
}
