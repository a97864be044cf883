/**
 * The fixed STIX 2.1 vocabulary of the federation (docs/stix.md): the extension-definition that carries
 * what STIX has no object for (phones, bank accounts, e-wallets, companies, wallets and social accounts as
 * one new SCO type; scam-report fields as a property extension), the Working Group's identity that
 * publishes it, the OASIS TLP 2.0 marking-definitions, and the name-based ids everything else gets.
 */
import { uuidV5 } from './uuidV5.js';

/** Generated once (2026-11-29) and never to change: consumers key the extension's meaning on it. */
export const EXTENSION_ID = 'extension-definition--230ffa7b-3f78-4999-ba16-3c03b5f334ca';
/** UUID v5 namespace of every id the federation derives (generated once, like EXTENSION_ID). */
export const ID_NAMESPACE = 'ca95db7f-7ec2-460c-9db8-e65840c18d3f';
/** The new SCO type of the extension: `[x-asean-scam-indicator:kind = 'PHONE' AND …:value = '+66…']`. */
export const SCO_TYPE = 'x-asean-scam-indicator';
/** The first timestamp of the fixed objects, so they are byte-identical in every bundle. */
const FIXED_CREATED = '2026-11-29T00:00:00.000Z';

/** A STIX id derived from a name: the same name gives the same id in every export (STIX 2.1 §2.9). */
export function stixId(type: string, name: string): string {
  return `${type}--${uuidV5(ID_NAMESPACE, `${type}:${name}`)}`;
}

export const WORKING_GROUP_IDENTITY = {
  type: 'identity',
  spec_version: '2.1',
  id: stixId('identity', 'WG'),
  created: FIXED_CREATED,
  modified: FIXED_CREATED,
  name: 'ASEAN Working Group on Anti-Online Scam',
  identity_class: 'organization',
  sectors: ['government-regional'],
} as const;

/** A member as a STIX identity: the `where_sighted_refs` of its sightings, the creator of its reports. */
export function memberIdentity(member: { code: string; name: string }) {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: stixId('identity', member.code),
    created: FIXED_CREATED,
    modified: FIXED_CREATED,
    name: member.name,
    identity_class: 'organization',
    sectors: ['government-national'],
    extensions: { [EXTENSION_ID]: { extension_type: 'property-extension', member: member.code } },
  };
}

export const EXTENSION_DEFINITION = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: EXTENSION_ID,
  created_by_ref: WORKING_GROUP_IDENTITY.id,
  created: FIXED_CREATED,
  modified: FIXED_CREATED,
  name: 'ASEAN anti-scam federation',
  description:
    `New SCO ${SCO_TYPE} {kind, value} for indicator kinds STIX has no object for (PHONE, BANK_ACCOUNT, ` +
    'CRYPTO_WALLET, SOCIAL_ACCOUNT, E_WALLET, COMPANY; value in the canonical form), and properties on ' +
    'indicator, report, sighting and identity objects: the federation indicator id, the scam report fields ' +
    '(reference, scam_type, channel, status, province, loss_amount, currency, indicator_roles), what a ' +
    'member disclosed in a sighting (level, reference, total_loss, scam_types) and the member code.',
  schema: 'docs/stix.md of the ASEAN anti-scam federation: the mapping table and every property, with examples.',
  version: '1.0.0',
  extension_types: ['new-sco', 'property-extension'],
} as const;

export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
export const tlpLevels: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

/** TLP 2.0's published extension and ids (oasis-open/cti-stix-common-objects, tlp-2.0); never invented. */
export const TLP_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
const tlpIds: Record<Tlp, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** The marking-definition object exactly as OASIS publishes it (its own id and `created`). */
export function tlpMarking(tlp: Tlp) {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: tlpIds[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${tlp.toUpperCase()}`,
    extensions: { [TLP_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: tlp } },
  };
}

export function isTlpMarkingId(id: string): boolean {
  return Object.values(tlpIds).includes(id);
}
