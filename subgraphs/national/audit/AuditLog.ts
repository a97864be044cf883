/**
 * The node's append-only, hash-chained audit log: every answer given to another member's caller, and every
 * read by the member's own staff at DETAIL or above, with who asked, what (operation-and-variables hash,
 * indicator digests, report references), when, and the level and redactions applied. Each
 * entry's hash covers the previous entry's hash (auditHash.ts has the exact input), so altering, removing
 * or reordering an entry breaks the chain at that entry or the next, which `verify` finds and names.
 *
 * Appends are serialised within the process (one promise chain) so the chain stays linear, and the last
 * hash is read once and then cached: one INSERT per append. Run ONE AuditLog per database; a second writer
 * (another process) cannot fork the chain because prev_hash is unique, its append fails instead, and the
 * cache is dropped so the next append relinks to the real last entry.
 *
 * What a hash chain cannot show on its own: that the newest entries were cut off, or that the whole log was
 * rewritten from some entry on. Auditors anchor it by keeping the entry count and last hash from each check.
 */
import { Dialect, readDate, readNumber, readString } from '../db/dialect.js';
import { type NationalDatabase } from '../db/openDatabase.js';
import { raw, sql, type Sql } from '../db/sql.js';
import { auditLog, insertRow, selectList } from '../db/tables/index.js';
import { auditHash, genesisHash, type AuditEntry, type AuditInput } from './auditHash.js';

export { auditHash, genesisHash, operationHash, type AuditEntry, type AuditInput } from './auditHash.js';

export interface VerifyResult {
  ok: boolean;
  entries: number;
  firstBroken?: { id: number; reason: string };
}

/** Most entries `list` returns at once. */
export const maxAuditPage = 1000;

export const brokenReasons = {
  content: 'hash mismatch (content altered)',
  link: 'prev_hash mismatch (entry removed or reordered)',
  unreadable: 'unreadable content (content altered)',
} as const;

const columns = raw(selectList(auditLog.columns));

export class AuditLog {
  private readonly dialect: Dialect;
  private tail: Promise<unknown> = Promise.resolve();
  private lastHash: string | undefined;
  private readonly verifyPageSize: number;

  /** `verifyPageSize`: entries `verify` reads per statement (default 1000): memory stays flat whatever the size. */
  constructor(
    private readonly db: NationalDatabase,
    options: { verifyPageSize?: number } = {},
  ) {
    this.dialect = new Dialect(db.type);
    this.verifyPageSize = options.verifyPageSize ?? 1000;
    if (!Number.isInteger(this.verifyPageSize) || this.verifyPageSize < 1) {
      throw new RangeError(`audit: verifyPageSize must be a positive whole number, got ${this.verifyPageSize}`);
    }
  }

  append(input: AuditInput): Promise<AuditEntry> {
    let checked: AuditInput;
    try {
      checked = snapshot(input);
    } catch (e) {
      return Promise.reject(e as Error);
    }
    const entry = this.tail.then(() => this.write(checked));
    this.tail = entry.catch(() => undefined);
    return entry;
  }

  /** Newest first; entries with id < `after` when given (keyset paging: pass the last id of a page). */
  async list(first: number, after?: number): Promise<AuditEntry[]> {
    if (!Number.isInteger(first) || first < 0 || first > maxAuditPage) {
      throw new RangeError(`audit list: first must be a whole number from 0 to ${maxAuditPage}, got ${first}`);
    }
    if (after !== undefined && !Number.isSafeInteger(after)) {
      throw new RangeError(`audit list: after must be an entry id, got ${after}`);
    }
    if (first === 0) return [];
    const where = after === undefined ? raw('') : sql`WHERE id < ${after}`;
    const rows = await this.query(sql`SELECT ${columns} FROM audit_log ${where} ORDER BY id DESC LIMIT ${first}`);
    return rows.map(entryFromRow);
  }

  /**
   * Walks the whole chain in id order, a page at a time, recomputing every hash and link; stops at the first
   * broken entry. The expected link is the previous entry's STORED hash, so an altered entry is named itself
   * (hash mismatch) and a removed one is named at its successor (prev_hash mismatch).
   */
  async verify(onProgress?: (done: number) => void): Promise<VerifyResult> {
    let expectedPrev = genesisHash;
    let lastId = 0;
    let done = 0;
    for (;;) {
      const rows = await this.query(
        sql`SELECT ${columns} FROM audit_log WHERE id > ${lastId} ORDER BY id LIMIT ${this.verifyPageSize}`,
      );
      for (const row of rows) {
        const id = readNumber(row.id);
        const reason = checkRow(row, expectedPrev);
        if (reason) return { ok: false, entries: done, firstBroken: { id, reason } };
        expectedPrev = readString(row.hash);
        lastId = id;
        done += 1;
      }
      onProgress?.(done);
      if (rows.length < this.verifyPageSize) return { ok: true, entries: done };
    }
  }

  private async write(input: AuditInput): Promise<AuditEntry> {
    const prevHash = this.lastHash ?? (await this.readLastHash());
    const hash = auditHash(prevHash, input);
    let rows: Record<string, unknown>[];
    try {
      const row = {
        ...input,
        digests: JSON.stringify(input.digests),
        redactions: JSON.stringify(input.redactions),
        reports: input.reports === undefined ? null : JSON.stringify(input.reports),
        prevHash,
        hash,
      };
      rows = await this.query(sql`${insertRow(auditLog, row)} RETURNING id`);
    } catch (e) {
      this.lastHash = undefined;
      throw e;
    }
    this.lastHash = hash;
    return { ...input, id: readNumber(rows[0]?.id), prevHash, hash };
  }

  private async readLastHash(): Promise<string> {
    const [row] = await this.query(sql`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`);
    return row ? readString(row.hash) : genesisHash;
  }

  private async query(query: Sql): Promise<Record<string, unknown>[]> {
    const { text, params } = this.dialect.render(query);
    return (await this.db.dataSource.query(text, params)) as Record<string, unknown>[];
  }
}

/** The reason this row breaks the chain, or undefined when it holds. */
function checkRow(row: Record<string, unknown>, expectedPrev: string): string | undefined {
  let entry: AuditEntry;
  try {
    entry = entryFromRow(row);
  } catch {
    return brokenReasons.unreadable;
  }
  if (auditHash(entry.prevHash, entry) !== entry.hash) return brokenReasons.content;
  if (entry.prevHash !== expectedPrev) return brokenReasons.link;
  return undefined;
}

function entryFromRow(row: Record<string, unknown>): AuditEntry {
  return {
    id: readNumber(row.id),
    at: readDate(row.at),
    subject: readString(row.subject),
    requesterMember: readString(row.requester_member),
    role: readString(row.role),
    operationHash: readString(row.operation_hash),
    digests: readStringArray(row.digests),
    level: readString(row.level),
    redactions: readStringArray(row.redactions),
    ...(row.reports === null || row.reports === undefined ? {} : { reports: readStringArray(row.reports) }),
    prevHash: readString(row.prev_hash),
    hash: readString(row.hash),
  };
}

function readStringArray(value: unknown): string[] {
  const parsed: unknown = JSON.parse(readString(value));
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) {
    throw new Error(`not a JSON array of strings: ${JSON.stringify(value)}`);
  }
  return parsed;
}

/**
 * What PostgreSQL text cannot hold as given (NUL is refused, a lone surrogate silently replaced): either
 * would make the stored entry differ from the hashed one and the chain look tampered with.
 */
const unstorable = /\0|\p{Cs}/u;

/**
 * A checked copy, taken at the call: what is hashed is exactly what is stored (a caller changing its arrays
 * afterwards cannot split the two), and a value the columns would truncate or refuse fails here, on both
 * databases.
 */
function snapshot(input: AuditInput): AuditInput {
  const text = (name: string, value: unknown, max: number): string => {
    if (typeof value !== 'string' || value.length === 0 || value.length > max || unstorable.test(value)) {
      throw new TypeError(`audit: ${name} must be a string of 1 to ${max} characters (no NUL, no lone surrogate)`);
    }
    return value;
  };
  const list = (name: string, value: unknown): string[] => {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && !unstorable.test(v))) {
      throw new TypeError(`audit: ${name} must be an array of strings (no NUL, no lone surrogate)`);
    }
    return [...(value as string[])];
  };
  if (!(input.at instanceof Date) || Number.isNaN(input.at.getTime()))
    throw new TypeError('audit: at must be a valid Date');
  if (!/^[0-9a-f]{64}$/.test(input.operationHash)) {
    throw new TypeError('audit: operationHash must be 64 lowercase hex digits (sha256 of the operation)');
  }
  return {
    at: new Date(input.at.getTime()),
    subject: text('subject', input.subject, 200),
    requesterMember: text('requesterMember', input.requesterMember, 8),
    role: text('role', input.role, 16),
    operationHash: input.operationHash,
    digests: list('digests', input.digests),
    level: text('level', input.level, 16),
    redactions: list('redactions', input.redactions),
    ...(input.reports === undefined ? {} : { reports: list('reports', input.reports) }),
  };
}
