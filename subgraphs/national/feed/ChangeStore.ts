/**
 * The SQL behind the change feed and watchlists, dialect-neutral like NationalStore: a page of the change
 * sequence, each watched indicator's first and latest change in ONE statement per batch, the node's cursor
 * key, and an analyst's watches.
 */
import { Dialect, readDate, readNumber, readString } from '../db/dialect.js';
import type { NationalDatabase } from '../db/openDatabase.js';
import { anyOf, raw, sql, type Sql } from '../db/sql.js';
import { columnsOf, insertRow, selectList, watch } from '../db/tables/index.js';

type Row = Record<string, unknown>;

/** What `watches` reads of a watch. */
const watchColumns = raw(selectList(columnsOf(watch, ['indicatorKind', 'indicatorDigest', 'since', 'seen'])));

export interface ChangeRow {
  seq: number;
  kind: string;
  digest: string;
  at: Date;
  /** The indicator's first change: this change is NEW when it is the first. */
  firstSeq: number;
}

export interface ChangeSummary {
  firstSeq: number;
  lastSeq: number;
  lastAt: Date;
}

export interface WatchRow {
  kind: string;
  digest: string;
  since: Date;
  seen: string;
}

export class ChangeStore {
  private readonly dialect: Dialect;

  constructor(private readonly db: NationalDatabase) {
    this.dialect = new Dialect(db.type);
  }

  /** The key sealing this node's cursors (drawn by the ChangeFeed migration). */
  async cursorKey(): Promise<Buffer> {
    const rows = await this.all(sql`SELECT secret FROM change_feed_key WHERE id = 1`);
    return Buffer.from(readString(rows[0]?.secret), 'hex');
  }

  /** The highest sequence number so far (0 when the feed is empty). */
  async head(): Promise<number> {
    const rows = await this.all(sql`SELECT MAX(seq) AS seq FROM indicator_change`);
    return rows[0]?.seq == null ? 0 : readNumber(rows[0].seq);
  }

  /** Up to `limit` changes after `afterSeq`, oldest first. */
  async page(afterSeq: number, limit: number): Promise<ChangeRow[]> {
    const rows = await this.all(sql`
      SELECT c.seq, c.at, i.kind, i.digest,
        (SELECT MIN(f.seq) FROM indicator_change f WHERE f.indicator_id = c.indicator_id) AS first_seq
      FROM indicator_change c JOIN indicator i ON i.id = c.indicator_id
      WHERE c.seq > ${afterSeq}
      ORDER BY c.seq
      LIMIT ${limit}`);
    return rows.map((r) => ({
      seq: readNumber(r.seq),
      kind: readString(r.kind),
      digest: readString(r.digest),
      at: readDate(r.at),
      firstSeq: readNumber(r.first_seq),
    }));
  }

  /** Each digest's first and latest change; digests this node never recorded are absent. */
  async summaries(digests: readonly string[]): Promise<Map<string, ChangeSummary>> {
    const out = new Map<string, ChangeSummary>();
    if (digests.length === 0) return out;
    const rows = await this.all(sql`
      SELECT i.digest, MIN(c.seq) AS first_seq, MAX(c.seq) AS last_seq, MAX(c.at) AS last_at
      FROM indicator i JOIN indicator_change c ON c.indicator_id = i.id
      WHERE i.digest ${anyOf(digests, 'text')}
      GROUP BY i.digest`);
    for (const r of rows) {
      out.set(readString(r.digest), {
        firstSeq: readNumber(r.first_seq),
        lastSeq: readNumber(r.last_seq),
        lastAt: readDate(r.last_at),
      });
    }
    return out;
  }

  async watches(subject: string): Promise<WatchRow[]> {
    const rows = await this.all(sql`
      SELECT ${watchColumns} FROM watch WHERE subject = ${subject} ORDER BY id`);
    return rows.map((r) => ({
      kind: readString(r.indicator_kind),
      digest: readString(r.indicator_digest),
      since: readDate(r.since),
      seen: readString(r.seen),
    }));
  }

  /** Adds the watches not there yet (watching twice keeps the first one and its cursors). */
  async addWatches(subject: string, items: readonly { kind: string; digest: string }[], at: Date): Promise<void> {
    await this.db.dataSource.transaction(async (manager) => {
      for (const item of items) {
        const row = { subject, indicatorKind: item.kind, indicatorDigest: item.digest, since: at, seen: '' };
        const { text, params } = this.dialect.render(sql`
          ${insertRow(watch, row)} ON CONFLICT (subject, indicator_digest) DO NOTHING`);
        await manager.query(text, params);
      }
    });
  }

  async removeWatches(subject: string, digests: readonly string[]): Promise<void> {
    if (digests.length === 0) return;
    await this.all(sql`DELETE FROM watch WHERE subject = ${subject} AND indicator_digest ${anyOf(digests, 'text')}`);
  }

  async setSeen(subject: string, seen: readonly { digest: string; seen: string }[]): Promise<void> {
    await this.db.dataSource.transaction(async (manager) => {
      for (const s of seen) {
        const { text, params } = this.dialect.render(sql`
          UPDATE watch SET seen = ${s.seen} WHERE subject = ${subject} AND indicator_digest = ${s.digest}`);
        await manager.query(text, params);
      }
    });
  }

  private async all(query: Sql): Promise<Row[]> {
    const { text, params } = this.dialect.render(query);
    return (await this.db.dataSource.query(text, params)) as Row[];
  }
}
