/**
 * How a scam of each type tends to look, whatever the country: which channels carry it, which indicators
 * a victim can report, how large its losses run compared with the member's median. Countries differ only
 * in the mixes of schema/members.json; these tables are about the scams themselves. Weights are relative.
 */
import {
  type Channel,
  type IndicatorKind,
  type IndicatorRole,
  type ReportStatus,
  type ScamType,
} from '../../../schema/typology.js';

/** The kind of indicator each role holds. */
export const roleKind: Readonly<Record<IndicatorRole, IndicatorKind>> = {
  CALLER_NUMBER: 'PHONE',
  BENEFICIARY_ACCOUNT: 'BANK_ACCOUNT',
  WALLET: 'CRYPTO_WALLET',
  PHISHING_URL: 'URL',
  WEBSITE_DOMAIN: 'DOMAIN',
  CONTACT_EMAIL: 'EMAIL',
  SOCIAL_PROFILE: 'SOCIAL_ACCOUNT',
  BENEFICIARY_EWALLET: 'E_WALLET',
  MULE_COMPANY: 'COMPANY',
};

type RoleWeights = Partial<Record<IndicatorRole, number>>;

/** What victims of each type can point to: investment -> wallets and fake platforms, parcel -> callers and links. */
export const roleMix: Readonly<Record<ScamType, RoleWeights>> = {
  INVESTMENT: { WALLET: 5, PHISHING_URL: 4, WEBSITE_DOMAIN: 2, SOCIAL_PROFILE: 3, BENEFICIARY_ACCOUNT: 3 },
  ROMANCE: { SOCIAL_PROFILE: 5, BENEFICIARY_ACCOUNT: 4, WALLET: 2, CALLER_NUMBER: 1, CONTACT_EMAIL: 1 },
  JOB_TASK: { SOCIAL_PROFILE: 5, BENEFICIARY_ACCOUNT: 5, PHISHING_URL: 2, WALLET: 1, CALLER_NUMBER: 1 },
  PARCEL_CUSTOMS: { CALLER_NUMBER: 5, PHISHING_URL: 4, BENEFICIARY_ACCOUNT: 3, WEBSITE_DOMAIN: 1 },
  IMPERSONATION: { CALLER_NUMBER: 6, BENEFICIARY_ACCOUNT: 5, SOCIAL_PROFILE: 2, PHISHING_URL: 1 },
  LOAN: { SOCIAL_PROFILE: 4, PHISHING_URL: 3, BENEFICIARY_ACCOUNT: 4, CALLER_NUMBER: 2, WEBSITE_DOMAIN: 1 },
  ONLINE_SHOPPING: { SOCIAL_PROFILE: 5, BENEFICIARY_ACCOUNT: 5, WEBSITE_DOMAIN: 2, PHISHING_URL: 1 },
  HYBRID: { CALLER_NUMBER: 5, PHISHING_URL: 4, BENEFICIARY_ACCOUNT: 4, WEBSITE_DOMAIN: 1 },
  OTHER: { CALLER_NUMBER: 2, BENEFICIARY_ACCOUNT: 2, CONTACT_EMAIL: 2, SOCIAL_PROFILE: 2, PHISHING_URL: 1 },
};

/** The role a report's channel almost always brings along (a call leaves a number, a site a URL). */
export const channelRole: Readonly<Partial<Record<Channel, IndicatorRole>>> = {
  PHONE_CALL: 'CALLER_NUMBER',
  SMS: 'CALLER_NUMBER',
  MESSAGING_APP: 'SOCIAL_PROFILE',
  SOCIAL_MEDIA: 'SOCIAL_PROFILE',
  WEBSITE: 'PHISHING_URL',
  EMAIL: 'CONTACT_EMAIL',
};

/** Multiplies the member's channel mix: parcel scams come by call and SMS, investment scams through apps. */
export const channelAffinity: Readonly<Record<ScamType, Partial<Record<Channel, number>>>> = {
  INVESTMENT: { SOCIAL_MEDIA: 2, MESSAGING_APP: 2, WEBSITE: 1.5, PHONE_CALL: 0.5, SMS: 0.5 },
  ROMANCE: { SOCIAL_MEDIA: 3, MESSAGING_APP: 2, PHONE_CALL: 0.3, SMS: 0.2, WEBSITE: 0.3 },
  JOB_TASK: { MESSAGING_APP: 3, SOCIAL_MEDIA: 2, SMS: 1, PHONE_CALL: 0.3 },
  PARCEL_CUSTOMS: { PHONE_CALL: 3, SMS: 3, SOCIAL_MEDIA: 0.3, WEBSITE: 0.7 },
  IMPERSONATION: { PHONE_CALL: 4, SMS: 1, MESSAGING_APP: 1, SOCIAL_MEDIA: 0.3, WEBSITE: 0.3 },
  LOAN: { SOCIAL_MEDIA: 2, MESSAGING_APP: 1.5, WEBSITE: 1.5, SMS: 1 },
  ONLINE_SHOPPING: { SOCIAL_MEDIA: 3, WEBSITE: 2, MESSAGING_APP: 1, PHONE_CALL: 0.2, SMS: 0.3 },
  HYBRID: { PHONE_CALL: 3, SMS: 2, WEBSITE: 1.5, EMAIL: 1 },
  OTHER: {},
};

/** Typical loss of each type relative to the others (normalised per member so the median stays its own). */
export const lossFactor: Readonly<Record<ScamType, number>> = {
  INVESTMENT: 3.5,
  ROMANCE: 2.5,
  HYBRID: 2.2,
  IMPERSONATION: 1.8,
  JOB_TASK: 1.2,
  OTHER: 0.6,
  LOAN: 0.35,
  PARCEL_CUSTOMS: 0.3,
  ONLINE_SHOPPING: 0.15,
};

/** Spread of losses around the median (sigma of the log-normal): a few victims lose a fortune. */
export const lossSigma = 1.15;

/** Share of reports with no loss stated (nothing lost, or the victim did not say). */
export const noLossShare = 0.07;

/** How many indicators a report carries (1-4). */
export const indicatorCountMix: readonly (readonly [number, number])[] = [
  [1, 30],
  [2, 38],
  [3, 22],
  [4, 10],
];

/** Older reports have moved further through the case workflow: the first stage whose age bound is not passed. */
export const statusByAge: readonly {
  readonly maxAgeDays: number;
  readonly mix: readonly (readonly [ReportStatus, number])[];
}[] = [
  {
    maxAgeDays: 30,
    mix: [
      ['RECEIVED', 60],
      ['UNDER_INVESTIGATION', 35],
      ['ACTIONED', 5],
    ],
  },
  {
    maxAgeDays: 180,
    mix: [
      ['RECEIVED', 10],
      ['UNDER_INVESTIGATION', 50],
      ['ACTIONED', 25],
      ['CLOSED', 15],
    ],
  },
  {
    maxAgeDays: Infinity,
    mix: [
      ['RECEIVED', 2],
      ['UNDER_INVESTIGATION', 20],
      ['ACTIONED', 38],
      ['CLOSED', 40],
    ],
  },
];

/**
 * Chance that a new local indicator of a kind is fresh rather than one already reported: the rest are drawn
 * in proportion to how often each was reported before (preferential attachment), which gives the long tail
 * of a real mule market: most accounts hit once, a few hit by hundreds of victims.
 */
export const freshShare: Readonly<Record<IndicatorKind, number>> = {
  PHONE: 0.6,
  BANK_ACCOUNT: 0.55,
  CRYPTO_WALLET: 0.5,
  URL: 0.65,
  DOMAIN: 0.45,
  EMAIL: 0.75,
  SOCIAL_ACCOUNT: 0.6,
  E_WALLET: 0.55,
  COMPANY: 0.5,
};

/** Chance that an indicator slot is filled from the cross-border syndicate pool instead of local stock. */
export const syndicateShare = 0.05;
