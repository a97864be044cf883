/**
 * The order of the measured runs: every repetition measures every target once, and the order rotates from one
 * repetition to the next (ours, hive, direct; then hive, direct, ours; ...), so no target always runs first
 * (on a warmer or a quieter machine) and slow drifts of the machine spread over all targets alike.
 */
export interface Slot<T> {
  repetition: number;
  /** Place of the target within its repetition. */
  position: number;
  target: T;
}

export function interleavedOrder<T>(targets: readonly T[], repeat: number): Slot<T>[] {
  const out: Slot<T>[] = [];
  for (let repetition = 0; repetition < repeat; repetition++)
    for (let position = 0; position < targets.length; position++)
      out.push({ repetition, position, target: targets[(position + repetition) % targets.length]! });
  return out;
}
