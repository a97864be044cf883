/**
 * How a kind's normaliser says "this value is not a valid X and here is why". The normalisers throw this
 * plain error with only the reason; `normalizeIndicator` turns it into the user-facing BAD_USER_INPUT that
 * names the kind and the value. Keeping the reason separate lets one normaliser reuse another (a WhatsApp
 * account is a phone number) and prefix the inner reason instead of nesting whole messages.
 */
export class InvalidIndicatorError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InvalidIndicatorError';
  }
}

export function invalid(reason: string): never {
  throw new InvalidIndicatorError(reason);
}
