/**
 * How every command-line tool ends, so they all end alike: its `main` returns the exit code (0 done, 1 a
 * problem it reported); a usage mistake exits 2 with the message and the usage, a configuration mistake
 * (ConfigError, naming the variable) exits 2 with the message; a failure the tool knows (a refusal, a
 * problem with the input) is one line and exit 1, never a stack; anything else is an internal failure,
 * shown whole, exit 1.
 */
import { ConfigError } from '../env.js';

/** A mistake in the command line itself: answered with the tool's usage. */
export class UsageError extends Error {}

/** Says a failure the tool knows in one line, or null when it is not one of them. */
export type KnownFailure = (error: unknown) => string | null;

export function runCli(name: string, usage: string, main: () => Promise<number>, known: KnownFailure[] = []): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${name}: ${error.message}\n\n${usage}`);
        process.exit(2);
      }
      if (error instanceof ConfigError) {
        console.error(`${name}: ${error.message}`);
        process.exit(2);
      }
      for (const describe of known) {
        const line = describe(error);
        if (line !== null) {
          console.error(`${name}: ${line}`);
          process.exit(1);
        }
      }
      // not a problem with the user's input but an internal failure (database down, a bug): show it whole
      console.error(`${name}: failed:`, error);
      process.exit(1);
    },
  );
}
