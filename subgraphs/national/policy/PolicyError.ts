/**
 * A sharing policy that cannot be used. Every problem names its file and line (`policies/TH.policy:3: …`),
 * and all problems of a file are reported at once so an operator fixes the file in one pass; the node
 * refuses to start on any of them rather than guess what the owner meant.
 */

export interface PolicyProblem {
  /** 1-based; 0 for a problem with the file as a whole (it cannot be read). */
  readonly line: number;
  readonly message: string;
}

export class PolicyError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly PolicyProblem[],
  ) {
    super(
      problems.map((p) => (p.line > 0 ? `${source}:${p.line}: ${p.message}` : `${source}: ${p.message}`)).join('\n'),
    );
    this.name = 'PolicyError';
  }
}
