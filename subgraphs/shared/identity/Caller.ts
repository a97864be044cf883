/** Who is asking, as proven by the working group's token. */

export const roles = ['analyst', 'investigator', 'operator', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** `WG`: the ASEAN Working Group secretariat's own staff, who belong to no single member. */
export const WORKING_GROUP = 'WG';

export interface Caller {
  subject: string;
  /** Alpha-2 code of a registry member, or WG. */
  member: string;
  role: Role;
  /** The raw token, forwarded by the gateway so each node verifies it itself. */
  token: string;
}
