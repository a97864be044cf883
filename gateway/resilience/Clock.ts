/**
 * Milliseconds now. The breakers' half-open wait, the retry budget's window and the request deadline read
 * it, so tests step time instead of sleeping; production passes `Date.now`.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
