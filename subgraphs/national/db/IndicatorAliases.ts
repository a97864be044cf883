/**
 * An indicator's digests under another generation of the working group's key (table `indicator_alias`,
 * written by `npm run rekey`, docs/operators.md "Rotating the indicator key"). During a rotation's overlap a
 * node answers ids of both generations: a lookup first maps an alias to the indicator's stored digest
 * (`indicator.digest`), and every other read keeps using that one. Promoting a generation makes its
 * digests the stored ones and keeps the old ones as aliases until the old key is retired.
 */
import { Dialect, readNumber, readString } from './dialect.js';
import { type NationalDatabase } from './openDatabase.js';
import { anyOf, joinSql, raw, type Sql, sql } from './sql.js';

type Row = Record<string, unknown>;

export interface IndicatorToRekey {
  id: number;
  kind: string;
  canonical: string;
}

/** An indicator with no digest under `keyId`, neither stored nor as an alias. */
const lacking = (keyId: string) => sql`i.key_id <> ${keyId} AND NOT EXISTS (
  SELECT 1 FROM indicator_alias a WHERE a.indicator_id = i.id AND a.key_id = ${keyId})`;

export class IndicatorAliases {
  private readonly dialect: Dialect;

  constructor(private readonly db: NationalDatabase) {
    this.dialect = new Dialect(db.type);
  }

  /** For each digest that is an alias: the indicator's stored digest (ONE statement whatever the batch). */
  async storedDigests(digests: readonly string[]): Promise<Map<string, string>> {
    if (digests.length === 0) return new Map();
    const rows = await this.all(sql`SELECT a.digest AS alias, i.digest FROM indicator_alias a
      JOIN indicator i ON i.id = a.indicator_id WHERE a.digest ${anyOf(digests, 'text')}`);
    return new Map(rows.map((r) => [readString(r.alias), readString(r.digest)]));
  }

  /** Indicators still to re-key into `keyId`, in id order after `afterId` (a re-key pages through these). */
  async toRekey(keyId: string, afterId: number, limit: number): Promise<IndicatorToRekey[]> {
    const rows = await this.all(sql`SELECT i.id, i.kind, i.canonical FROM indicator i
      WHERE ${lacking(keyId)} AND i.id > ${afterId} ORDER BY i.id LIMIT ${limit}`);
    return rows.map((r) => ({ id: readNumber(r.id), kind: readString(r.kind), canonical: readString(r.canonical) }));
  }

  async countToRekey(keyId: string): Promise<number> {
    const [row] = await this.all(sql`SELECT COUNT(*) AS n FROM indicator i WHERE ${lacking(keyId)}`);
    return readNumber(row!.n);
  }

  /** Indicators and how many have a digest under each generation (stored or alias), for progress and tests. */
  async generations(): Promise<Map<string, number>> {
    const rows = await this.all(sql`SELECT key_id, COUNT(*) AS n FROM (
      SELECT key_id FROM indicator UNION ALL SELECT key_id FROM indicator_alias) g GROUP BY key_id`);
    return new Map(rows.map((r) => [readString(r.key_id), readNumber(r.n)]));
  }

  /** Stores digests under `keyId` beside the stored ones: one statement, so a batch lands whole or not at all. */
  async add(keyId: string, digests: readonly { indicatorId: number; digest: string }[]): Promise<void> {
    if (digests.length === 0) return;
    const values = joinSql(
      digests.map((d) => sql`(${d.indicatorId}, ${keyId}, ${d.digest})`),
      ', ',
    );
    // a re-run over a batch a crash left committed adds nothing
    await this.all(sql`INSERT INTO indicator_alias (indicator_id, key_id, digest) VALUES ${values}
      ON CONFLICT DO NOTHING`);
  }

  /**
   * Makes `keyId` the stored generation of every indicator, in one transaction: the old digests become
   * aliases, and the verdicts and requests that name an indicator by digest follow it. Refused while an
   * indicator has no digest under `keyId` (re-key first). Returns the indicators promoted (0 on a re-run).
   */
  async promote(keyId: string): Promise<number> {
    const missing = await this.countToRekey(keyId);
    if (missing > 0) throw new Error(`${missing} indicators have no ${keyId} digest yet: re-key them first`);
    return this.db.dataSource.transaction(async (m) => {
      const run = async (query: Sql) => {
        const { text, params } = this.dialect.render(query);
        return (await m.query(text, params)) as Row[];
      };
      const [count] = await run(sql`SELECT COUNT(*) AS n FROM indicator WHERE key_id <> ${keyId}`);
      const n = readNumber(count!.n);
      if (n === 0) return 0;
      await run(sql`INSERT INTO indicator_alias (indicator_id, key_id, digest)
        SELECT id, key_id, digest FROM indicator WHERE key_id <> ${keyId} ON CONFLICT DO NOTHING`);
      const newDigest = (digestColumn: string) => sql`(SELECT a.digest FROM indicator i
        JOIN indicator_alias a ON a.indicator_id = i.id AND a.key_id = ${keyId}
        WHERE i.digest = ${raw(digestColumn)})`;
      for (const table of ['indicator_feedback', 'assistance_request']) {
        await run(sql`UPDATE ${raw(table)} SET indicator_digest = ${newDigest(`${table}.indicator_digest`)}
          WHERE indicator_digest IN (SELECT digest FROM indicator WHERE key_id <> ${keyId})`);
      }
      await run(sql`UPDATE indicator SET key_id = ${keyId}, digest = (SELECT a.digest FROM indicator_alias a
          WHERE a.indicator_id = indicator.id AND a.key_id = ${keyId})
        WHERE key_id <> ${keyId}`);
      await run(sql`DELETE FROM indicator_alias WHERE key_id = ${keyId}`);
      return n;
    });
  }

  private async all(query: Sql): Promise<Row[]> {
    const { text, params } = this.dialect.render(query);
    return (await this.db.dataSource.query(text, params)) as Row[];
  }
}
