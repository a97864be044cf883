import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * The national schema, written once with TypeORM's Table API so the same migration runs on SQLite and
 * PostgreSQL. The only dialect choice is the timestamp type: PostgreSQL gets `timestamptz` so instants do
 * not depend on the server's time zone; SQLite has no such type and TypeORM stores UTC text in `datetime`.
 */
export class Initial1764300000000 implements MigrationInterface {
  name = 'Initial1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const id = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment' as const,
    };

    await q.createTable(
      new Table({
        name: 'scam_report',
        columns: [
          id,
          { name: 'reference', type: 'varchar', length: '64', isUnique: true },
          { name: 'reported_at', type: ts },
          { name: 'scam_type', type: 'varchar', length: '32' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'loss_minor', type: 'bigint', isNullable: true },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'province', type: 'varchar', length: '80', isNullable: true },
          { name: 'created_at', type: ts },
        ],
        indices: [
          // report search pages newest first by (reported_at, id); type filters narrow by scam_type first
          new TableIndex({ name: 'ix_scam_report_reported_at', columnNames: ['reported_at', 'id'] }),
          new TableIndex({ name: 'ix_scam_report_type_reported_at', columnNames: ['scam_type', 'reported_at'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'indicator',
        columns: [
          id,
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'canonical', type: 'varchar', length: '512' },
          // lookup by keyed digest is the federation's hot path: unique index
          { name: 'digest', type: 'varchar', length: '96', isUnique: true },
          { name: 'key_id', type: 'varchar', length: '16' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'report_indicator',
        columns: [
          { name: 'report_id', type: 'integer', isPrimary: true },
          { name: 'indicator_id', type: 'integer', isPrimary: true },
          { name: 'role', type: 'varchar', length: '32', isPrimary: true },
        ],
        foreignKeys: [
          {
            columnNames: ['report_id'],
            referencedTableName: 'scam_report',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['indicator_id'],
            referencedTableName: 'indicator',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        // the primary key serves report -> indicators; this index serves indicator -> reports (sightings)
        indices: [
          new TableIndex({ name: 'ix_report_indicator_indicator', columnNames: ['indicator_id', 'report_id'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'victim',
        columns: [
          id,
          { name: 'report_id', type: 'integer', isUnique: true },
          { name: 'full_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'phone', type: 'varchar', length: '32', isNullable: true },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'id_number', type: 'varchar', length: '64', isNullable: true },
          { name: 'age', type: 'integer', isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['report_id'],
            referencedTableName: 'scam_report',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['victim', 'report_indicator', 'indicator', 'scam_report']) await q.dropTable(table);
  }
}
