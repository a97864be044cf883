import Database from 'better-sqlite3';
import { join } from 'node:path';
import { type Member } from '../schema/registry.js';
import { type SqlRead } from './readInputs.js';

/** Reads the bench's member files directly (read-only; the nodes keep serving them). */
export function sqliteReader(dataDir: string): { read: SqlRead; close(): void } {
  const open = new Map<string, Database.Database>();
  const db = (m: Member) => {
    let handle = open.get(m.ns);
    if (!handle) {
      handle = new Database(join(dataDir, `${m.ns}.sqlite`), { readonly: true, fileMustExist: true });
      open.set(m.ns, handle);
    }
    return handle;
  };
  return {
    read: async (m, sql, params) =>
      db(m)
        .prepare(sql)
        .all(...params) as Record<string, unknown>[],
    close: () => {
      for (const handle of open.values()) handle.close();
    },
  };
}
