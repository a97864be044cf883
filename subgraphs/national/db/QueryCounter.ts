import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements a node sends. Tests and the benchmark read it to prove batching (one
 * statement per member for a 500-indicator screen) rather than trusting timing. Transaction control
 * (BEGIN/COMMIT/ROLLBACK, SAVEPOINT) is not counted: it is not a round of work.
 */
export class QueryCounter extends AbstractLogger {
  count = 0;
  readonly recent: string[] = [];
  private static readonly control = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)/i;

  override logQuery(query: string): void {
    if (QueryCounter.control.test(query)) return;
    this.count += 1;
    this.recent.push(query);
    if (this.recent.length > 50) this.recent.shift();
  }

  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    // counting only; errors surface as exceptions to the caller, which logs them with context
  }
}
