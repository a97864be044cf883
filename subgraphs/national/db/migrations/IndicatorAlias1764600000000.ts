import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * An indicator's digests under other generations of the working group's key, during a key rotation
 * (docs/operators.md "Rotating the indicator key"): `npm run rekey` stores the new generation's digest here,
 * beside the one in `indicator.digest`, so ids of both generations find the same indicator during the
 * overlap. One row per indicator and generation; a digest is unique like `indicator.digest`.
 */
export class IndicatorAlias1764600000000 implements MigrationInterface {
  name = 'IndicatorAlias1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'indicator_alias',
        columns: [
          { name: 'indicator_id', type: 'integer', isPrimary: true },
          { name: 'key_id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'digest', type: 'varchar', length: '96', isUnique: true },
        ],
        foreignKeys: [
          {
            columnNames: ['indicator_id'],
            referencedTableName: 'indicator',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('indicator_alias');
  }
}
