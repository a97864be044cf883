/**
 * The SQL behind requests for assistance, in the dialect-neutral style of NationalStore (db/sql.ts,
 * db/dialect.ts), so it runs unchanged on SQLite and PostgreSQL. Moves are compare-and-set on the stored
 * status (and on the due time), so two staff answering the same request at once cannot both win.
 */
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { acceptedKeyIds } from '../../../shared/indicators/keyIds.js';
import { Dialect, readDate, readString, readStringOrNull } from '../db/dialect.js';
import type { NationalDatabase } from '../db/openDatabase.js';
import { countedReport } from '../db/reportRow.js';
import { raw, sql, type Sql } from '../db/sql.js';
import { assistanceRequest, insertColumns, insertRow, selectList } from '../db/tables/index.js';
import type { RequestStatus } from '../graphql/__generated__/resolvers.js';
import { requestUrgencies, storedStatuses } from './requestCodes.js';
import type { RequestRow, StoredStatus } from './requestParents.js';
import { assistanceActions } from './serviceLevels.js';

type Row = Record<string, unknown>;

/** An indicator this node holds: what a request names. */
export interface HeldIndicator {
  kind: string;
  digest: string;
}

const columns = raw(selectList(insertColumns(assistanceRequest)));

const open: StoredStatus[] = ['SUBMITTED', 'ACKNOWLEDGED'];

/** What a submission stores. */
const submitted = [
  'reference',
  'requesterMember',
  'clientKey',
  'action',
  'indicatorKind',
  'indicatorDigest',
  'subjectReference',
  'legalBasis',
  'urgency',
  'note',
  'status',
  'submittedAt',
  'dueAt',
] as const;

/** `indicator i` is named by a report that counts (not withdrawn: reportRow.ts, countedReport). */
const namedByCountedReport = sql`EXISTS (SELECT 1 FROM report_indicator ri JOIN scam_report r ON r.id = ri.report_id
  WHERE ri.indicator_id = i.id AND ${countedReport})`;

export class RequestStore {
  private readonly dialect: Dialect;

  constructor(
    private readonly db: NationalDatabase,
    /** The key generations whose ids this node answers (ACCEPTED_KEY_IDS): quoted ids are parsed with them. */
    readonly keyIds: readonly string[] = acceptedKeyIds,
  ) {
    this.dialect = new Dialect(db.type);
  }

  /**
   * By a digest under any generation the node holds (a rotation's new one is an alias:
   * db/indicatorAliases.ts). Held means named by a counted report: one whose reports are all withdrawn is
   * in no lookup, so it is not held here either.
   */
  async indicatorByDigest(digest: string): Promise<HeldIndicator | undefined> {
    const [row] = await this.all(
      sql`SELECT i.kind, i.digest FROM indicator i
        WHERE (i.digest = ${digest} OR i.id IN (SELECT indicator_id FROM indicator_alias WHERE digest = ${digest}))
          AND ${namedByCountedReport}`,
    );
    return row && { kind: readString(row.kind), digest: readString(row.digest) };
  }

  /** By the random reference a hit gave (the stored part, without `<member>:IND:`); held as above. */
  async indicatorByReference(reference: string): Promise<HeldIndicator | undefined> {
    const [row] = await this.all(
      sql`SELECT i.kind, i.digest FROM indicator i WHERE i.reference = ${reference} AND ${namedByCountedReport}`,
    );
    return row && { kind: readString(row.kind), digest: readString(row.digest) };
  }

  async insert(r: RequestRow): Promise<void> {
    // a new request: the columns a move fills later (mutable below) start null
    await this.all(insertRow(assistanceRequest, r, submitted));
  }

  /** Only used to take back a submission whose audit entry could not be written. */
  async delete(reference: string): Promise<void> {
    await this.all(sql`DELETE FROM assistance_request WHERE reference = ${reference}`);
  }

  async byReference(reference: string): Promise<RequestRow | undefined> {
    const [row] = await this.all(sql`SELECT ${columns} FROM assistance_request WHERE reference = ${reference}`);
    return row && requestFromRow(row);
  }

  async byClientKey(requesterMember: string, clientKey: string): Promise<RequestRow | undefined> {
    const [row] = await this.all(sql`
      SELECT ${columns} FROM assistance_request
      WHERE requester_member = ${requesterMember} AND client_key = ${clientKey}`);
    return row && requestFromRow(row);
  }

  /** A requester member's requests at this node, newest first. */
  async byRequester(requesterMember: string, limit: number): Promise<RequestRow[]> {
    const rows = await this.all(sql`
      SELECT ${columns} FROM assistance_request WHERE requester_member = ${requesterMember}
      ORDER BY submitted_at DESC, id DESC LIMIT ${limit}`);
    return rows.map(requestFromRow);
  }

  /** This node's requests, earliest due first, filtered by status as read at `now` (EXPIRED included). */
  async inbox(status: RequestStatus | null, now: Date, limit: number): Promise<RequestRow[]> {
    const rows = await this.all(sql`
      SELECT ${columns} FROM assistance_request WHERE ${statusFilter(status, now)}
      ORDER BY due_at, id LIMIT ${limit}`);
    return rows.map(requestFromRow);
  }

  /** Requests submitted in [from, to) (either end open when null), for the service-level figures. */
  async submittedBetween(from: Date | null, to: Date | null): Promise<RequestRow[]> {
    const after = from ? sql`submitted_at >= ${from}` : raw('1 = 1');
    const before = to ? sql`submitted_at < ${to}` : raw('1 = 1');
    const rows = await this.all(sql`SELECT ${columns} FROM assistance_request WHERE ${after} AND ${before}`);
    return rows.map(requestFromRow);
  }

  /**
   * Writes `next` over `prev` if the stored request is still `prev` (same status, not yet due at `now`).
   * false: someone else moved it first, or it expired.
   */
  async move(prev: RequestRow, next: RequestRow, now: Date): Promise<boolean> {
    const changed = await this.changes(sql`
      UPDATE assistance_request SET ${mutable(next)}
      WHERE reference = ${prev.reference} AND status = ${prev.status} AND due_at > ${now}`);
    return changed === 1;
  }

  /** Puts `prev` back after a move whose audit entry could not be written. */
  async undoMove(prev: RequestRow, next: RequestRow): Promise<void> {
    await this.all(sql`
      UPDATE assistance_request SET ${mutable(prev)}
      WHERE reference = ${prev.reference} AND status = ${next.status}`);
  }

  /**
   * Rows an UPDATE changed. Through a query runner's structured result because DataSource.query answers an
   * UPDATE differently per driver (PostgreSQL: `[rows, count]`, SQLite: the run info).
   */
  private async changes(query: Sql): Promise<number> {
    const { text, params } = this.dialect.render(query);
    const runner = this.db.dataSource.createQueryRunner();
    try {
      const result = await runner.query(text, params, true);
      return result.affected ?? 0;
    } finally {
      await runner.release();
    }
  }

  private async all(query: Sql): Promise<Row[]> {
    const { text, params } = this.dialect.render(query);
    return (await this.db.dataSource.query(text, params)) as Row[];
  }
}

/** The columns a move changes. */
function mutable(r: RequestRow): Sql {
  return sql`status = ${r.status}, acknowledged_at = ${r.acknowledgedAt}, closed_at = ${r.closedAt},
    decline_reason = ${r.declineReason}, response = ${r.response}`;
}

function statusFilter(status: RequestStatus | null, now: Date): Sql {
  if (status === null) return raw('1 = 1');
  if (status === 'EXPIRED') return sql`status IN (${open[0]}, ${open[1]}) AND due_at <= ${now}`;
  if ((open as string[]).includes(status)) return sql`status = ${status} AND due_at > ${now}`;
  return sql`status = ${status}`;
}

function dateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : readDate(value);
}

function requestFromRow(row: Row): RequestRow {
  return {
    reference: readString(row.reference),
    requesterMember: readString(row.requester_member),
    clientKey: readString(row.client_key),
    action: enumValue(assistanceActions, readString(row.action), 'AssistanceRequest.action'),
    indicatorKind: readString(row.indicator_kind),
    indicatorDigest: readString(row.indicator_digest),
    subjectReference: readString(row.subject_reference),
    legalBasis: readString(row.legal_basis),
    urgency: enumValue(requestUrgencies, readString(row.urgency), 'AssistanceRequest.urgency'),
    note: readStringOrNull(row.note),
    status: enumValue(storedStatuses, readString(row.status), 'AssistanceRequest.status'),
    submittedAt: readDate(row.submitted_at),
    dueAt: readDate(row.due_at),
    acknowledgedAt: dateOrNull(row.acknowledged_at),
    closedAt: dateOrNull(row.closed_at),
    declineReason: readStringOrNull(row.decline_reason),
    response: readStringOrNull(row.response),
  };
}
