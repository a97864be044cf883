/**
 * How a node answers for one indicator: by its id (the `Indicator` entity) or by the reference a hit gave.
 * Both under the caller's level; the audit names the digest asked for and what was withheld.
 */
import type { Member } from '../../../schema/registry.js';
import { userError } from '../../../shared/errors.js';
import { parseIndicatorReference } from '../db/indicatorReference.js';
import { atLeast, sightingRedactions } from '../policy/index.js';
import type { NationalContext } from './NationalContext.js';
import type { SightingParent } from './parents.js';

/** `Indicator.<ns>`: the sighting of the indicator whose id gave `digest`. */
export async function sightingById(digest: string, ctx: NationalContext): Promise<SightingParent> {
  ctx.audit.digests.add(digest);
  // below HIT the database is not even asked
  const hit = atLeast(ctx.level, 'HIT');
  // during a key rotation's overlap an id of either generation names the same indicator: reads go on
  // with the digest it is stored under (db/IndicatorAliases.ts); outside an overlap no alias answers
  const stored = hit && ctx.keyIds.length > 1 ? ((await ctx.loaders.storedDigest.load(digest)) ?? digest) : digest;
  const row = hit ? await ctx.loaders.sighting.load(stored) : undefined;
  // audited as withheld whether or not the caller selects `redactions`
  for (const r of sightingRedactions(ctx.level, row, ctx.decision.rule)) ctx.audit.withheld.add(`sighting.${r.field}`);
  return { digest: stored, level: ctx.level, row };
}

/**
 * A sighting by the reference a hit gave (issue 10, item 5), under the same policy as a lookup by id.
 * At NONE nothing is read and the answer is the same withheld sighting for any reference, so a refused
 * caller cannot test whether one exists. Otherwise a malformed reference or one naming another member is
 * BAD_USER_INPUT (the caller asked the wrong node), and one this member does not hold is NOT_FOUND: a
 * reference is 96 random bits, so saying "unknown" helps nobody guess one.
 */
export async function sightingByReference(
  member: Member,
  value: string,
  ctx: NationalContext,
): Promise<SightingParent> {
  if (!atLeast(ctx.level, 'HIT')) return { digest: '', level: ctx.level, row: undefined };
  const parsed = parseIndicatorReference(value);
  if (typeof parsed === 'string') {
    throw userError('BAD_USER_INPUT', `reference ${JSON.stringify(value.slice(0, 80))}: ${parsed}`, {
      field: 'reference',
    });
  }
  if (parsed.member !== member.code) {
    throw userError(
      'BAD_USER_INPUT',
      `reference names member ${parsed.member}, not ${member.code}: ask ${parsed.member}'s node for it`,
      { field: 'reference' },
    );
  }
  const digest = await ctx.loaders.digestByReference.load(parsed.reference);
  if (digest === undefined) throw userError('NOT_FOUND', `${member.code} holds no indicator with reference ${value}`);
  ctx.audit.digests.add(digest);
  return { digest, level: ctx.level, row: await ctx.loaders.sighting.load(digest) };
}
