import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { QueryCounter } from './QueryCounter.js';

export interface NationalDatabase {
  readonly dataSource: DataSource;
  readonly type: DatabaseConfig['type'];
  /** Counts statements sent (see QueryCounter); reset it around the work being measured. */
  readonly queries: QueryCounter;
  close(): Promise<void>;
}

/**
 * Opens a member's database and brings its schema up to date with the migrations (never `synchronize`:
 * production schemas change only through reviewed migrations). SQLite runs in WAL mode so the node can
 * read while an import writes.
 */
export async function openDatabase(
  config: DatabaseConfig,
  options: { migrate?: boolean } = {},
): Promise<NationalDatabase> {
  const queries = new QueryCounter();
  const common = {
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: ['query' as const],
    logger: queries,
  };
  let dataSource: DataSource;
  if (config.type === 'sqlite') {
    mkdirSync(dirname(config.path), { recursive: true });
    dataSource = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: config.path,
      enableWAL: true,
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
        db.pragma('synchronous = NORMAL');
      },
    });
  } else {
    dataSource = new DataSource({
      ...common,
      type: 'postgres',
      url: config.url,
      schema: config.schema,
      // raw SQL (statistics, sightings) names tables unqualified: resolve them in the member's schema
      extra: { max: 10, options: `-c search_path="${config.schema}"` },
    });
  }
  await dataSource.initialize();
  if (config.type === 'postgres' && config.schema !== 'public') {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema}"`);
  }
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'all' });
  queries.reset();
  return {
    dataSource,
    type: config.type,
    queries,
    close: () => dataSource.destroy(),
  };
}
