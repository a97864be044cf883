/**
 * A stored code as the SDL enum value it stands for. Databases hold enum codes as plain strings (a scam type,
 * a channel, an indicator kind, a sharing level); the SDL enums are rendered from the same lists
 * (schema/typology.ts), so a stored code outside the list is data this code did not write: a failed
 * invariant, not the caller's mistake. It throws a plain Error, which the subgraph's error masking logs in
 * full (with the field and the code) and answers as INTERNAL_SERVER_ERROR, where a cast would let
 * graphql-js fail later with a message naming neither.
 */
type Codes<C extends string> = readonly C[] | readonly { readonly code: C }[];

/** `raw` as a value of the enum whose codes `list` holds; throws, naming `field`, for any other string. */
export function enumValue<C extends string>(list: readonly { readonly code: C }[], raw: string, field: string): C;
export function enumValue<C extends string>(list: readonly C[], raw: string, field: string): C;
export function enumValue<C extends string>(list: Codes<C>, raw: string, field: string): C {
  for (const entry of list) {
    const code = typeof entry === 'string' ? entry : entry.code;
    if (code === raw) return code;
  }
  const expected = list.map((e) => (typeof e === 'string' ? e : e.code)).join(', ');
  throw new Error(`${field}: stored code ${JSON.stringify(raw.slice(0, 80))} is not one of ${expected}`);
}

/** Every code of a stored list, checked as enumValue checks one. */
export function enumValues<C extends string>(
  list: readonly { readonly code: C }[],
  raw: readonly string[],
  field: string,
): C[] {
  return raw.map((code) => enumValue(list, code, field));
}
