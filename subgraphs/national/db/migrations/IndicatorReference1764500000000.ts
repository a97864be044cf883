import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Random, opaque indicator references (db/indicatorReference.ts) instead of row ids. Adds the column,
 * back-fills every stored indicator with 12 random bytes in hex (SQLite's randomblob and PostgreSQL's
 * gen_random_uuid, built in since PostgreSQL 13, hashed so all 24 digits are uniform), then makes it
 * unique. Plain SQL both databases run: ADD COLUMN without TypeORM's SQLite table rebuild, which would
 * copy every row of a large table.
 */
export class IndicatorReference1764500000000 implements MigrationInterface {
  name = 'IndicatorReference1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const random =
      q.connection.driver.options.type === 'postgres'
        ? `substr(md5(gen_random_uuid()::text), 1, 24)`
        : `lower(hex(randomblob(12)))`;
    await q.query(`ALTER TABLE indicator ADD COLUMN reference varchar(32)`);
    await q.query(`UPDATE indicator SET reference = ${random} WHERE reference IS NULL`);
    await q.query(`CREATE UNIQUE INDEX ux_indicator_reference ON indicator (reference)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ux_indicator_reference`);
    await q.query(`ALTER TABLE indicator DROP COLUMN reference`);
  }
}
