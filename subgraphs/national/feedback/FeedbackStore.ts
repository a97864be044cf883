/**
 * The SQL behind members' feedback on indicators, dialect-neutral like NationalStore. Append-only: the
 * latest row per indicator is its current verdict; earlier ones stay as history.
 */
import { invariant } from '../../../shared/errors.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { Dialect, readNumber, readString, readStringOrNull } from '../db/dialect.js';
import { recordIndicatorChanges } from '../feed/recordIndicatorChanges.js';
import type { NationalDatabase } from '../db/openDatabase.js';
import { anyOf, raw, sql, type Sql } from '../db/sql.js';
import { columnsOf, indicatorFeedback, insertRow, selectList } from '../db/tables/index.js';
import type { AssistanceAction, FeedbackVerdict } from '../graphql/__generated__/resolvers.js';
import { feedbackVerdicts } from '../requests/requestCodes.js';
import { assistanceActions } from '../requests/serviceLevels.js';

type Row = Record<string, unknown>;

/** What `recent` reads of a verdict. */
const recentColumns = raw(selectList(columnsOf(indicatorFeedback, ['indicatorDigest', 'verdict', 'action', 'since'])));

export interface FeedbackRow {
  indicatorKind: string;
  indicatorDigest: string;
  verdict: FeedbackVerdict;
  action: AssistanceAction | null;
  /** YYYY-MM-DD (UTC). */
  since: string;
  recordedAt: Date;
  recordedBy: string;
}

export type FeedbackParent = Pick<FeedbackRow, 'verdict' | 'action' | 'since'>;

export class FeedbackStore {
  private readonly dialect: Dialect;

  constructor(private readonly db: NationalDatabase) {
    this.dialect = new Dialect(db.type);
  }

  /** Stores the verdict and, in the same transaction, puts the indicator in the change feed (UPDATED). */
  async insert(f: FeedbackRow): Promise<void> {
    await this.db.dataSource.transaction(async (manager) => {
      const run = (query: Sql) => {
        const { text, params } = this.dialect.render(query);
        return manager.query(text, params) as Promise<Row[]>;
      };
      await run(insertRow(indicatorFeedback, f));
      const held = await run(sql`SELECT id FROM indicator WHERE digest = ${f.indicatorDigest}`);
      await recordIndicatorChanges(
        manager,
        held.map((r) => readNumber(r.id)),
        f.recordedAt,
        'FEEDBACK',
      );
    });
  }

  /** Each digest's latest `limit` verdicts, newest first, in ONE statement whatever the batch. */
  async recent(digests: readonly string[], limit: number): Promise<Map<string, FeedbackParent[]>> {
    invariant(Number.isSafeInteger(limit) && limit > 0, 'recent: limit must be a whole number > 0');
    const out = new Map<string, FeedbackParent[]>();
    if (digests.length === 0) return out;
    const rows = await this.all(sql`
      SELECT * FROM (
        SELECT ${recentColumns},
          ROW_NUMBER() OVER (PARTITION BY indicator_digest ORDER BY id DESC) AS rn
        FROM indicator_feedback WHERE indicator_digest ${anyOf(digests, 'text')}
      ) f WHERE rn <= ${limit} ORDER BY indicator_digest, rn`);
    for (const row of rows) {
      const digest = readString(row.indicator_digest);
      const list = out.get(digest) ?? [];
      list.push({
        verdict: enumValue(feedbackVerdicts, readString(row.verdict), 'IndicatorFeedback.verdict'),
        action: actionOrNull(readStringOrNull(row.action)),
        since: readString(row.since),
      });
      out.set(digest, list);
    }
    return out;
  }

  private async all(query: Sql): Promise<Row[]> {
    const { text, params } = this.dialect.render(query);
    return (await this.db.dataSource.query(text, params)) as Row[];
  }
}

/** The stored action of an ACTIONED verdict, checked; null for the other verdicts. */
function actionOrNull(raw: string | null): AssistanceAction | null {
  return raw === null ? null : enumValue(assistanceActions, raw, 'IndicatorFeedback.action');
}
