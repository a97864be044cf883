/**
 * What the node holds for the references of an import file: each report's current version with its
 * indicators and victim, the version first imported (the earliest revision's, or the current one if the
 * report was never changed), and whether this very file (by digest) changed it before. How an import tells
 * "already imported, unchanged" from "same reference, different content", and plans updates on the current
 * version. A few statements per 5,000 references whatever the file size.
 */
import { type EntityManager } from 'typeorm';
import { type IndicatorKind, type IndicatorRole } from '../../../schema/typology.js';
import { Dialect, readNumber, readString } from '../db/dialect.js';
import { anyOf, raw, sql, type Sql } from '../db/sql.js';
import { columnsOf, rowReader, scamReport, scamReportRevision, selectList, victim } from '../db/tables/index.js';
import { type ReportVersion } from './ReportChange.js';
import { type IndicatorLink, type VictimRecord } from './ReportRecord.js';

export interface StoredReport {
  readonly id: number;
  readonly current: ReportVersion;
  /** The version first imported: what a NEW row of the same reference is compared with. */
  readonly original: ReportVersion;
  readonly victim: VictimRecord | null;
  /** A revision of this report carries the digest of the file being imported: it ran before. */
  readonly changedByThisFile: boolean;
}

type Row = Record<string, unknown>;
const chunk = 5000;
/** A version's columns, the same in scam_report and in scam_report_revision (tables.ts). */
const versionKeys = [
  'reportedAt',
  'scamType',
  'channel',
  'lossMinor',
  'currency',
  'status',
  'province',
  'withdrawnAt',
] as const;
const readVersion = rowReader(scamReport, versionKeys);
// the revision table must describe a version exactly as the report table does
const readRevision = rowReader(scamReportRevision, versionKeys);
const reportSelect = raw(selectList(columnsOf(scamReport, ['id', 'reference', ...versionKeys])));
const victimKeys = ['reportId', 'fullName', 'phone', 'email', 'idNumber', 'age'] as const;
const readVictim = rowReader(victim, victimKeys);
const victimSelect = raw(selectList(columnsOf(victim, victimKeys)));

export async function storedReports(
  manager: EntityManager,
  type: 'sqlite' | 'postgres',
  references: readonly string[],
  importDigest: string,
): Promise<Map<string, StoredReport>> {
  const dialect = new Dialect(type);
  const run = async (query: Sql) => {
    const { text, params } = dialect.render(query);
    return (await manager.query(text, params)) as Row[];
  };
  const out = new Map<string, StoredReport>();
  for (let i = 0; i < references.length; i += chunk) {
    const reports = await run(
      sql`SELECT ${reportSelect} FROM scam_report WHERE reference ${anyOf(references.slice(i, i + chunk), 'text')}`,
    );
    if (reports.length === 0) continue;
    const ids = anyOf(
      reports.map((r) => readNumber(r.id)),
      'integer',
    );
    const links = new Map<number, IndicatorLink[]>();
    for (const row of await run(
      sql`SELECT ri.report_id, i.kind, i.canonical, i.digest, ri.role FROM report_indicator ri
          JOIN indicator i ON i.id = ri.indicator_id WHERE ri.report_id ${ids}`,
    )) {
      push(links, readNumber(row.report_id), linkOf(row));
    }
    const victims = new Map<number, VictimRecord>();
    for (const row of await run(sql`SELECT ${victimSelect} FROM victim WHERE report_id ${ids}`)) {
      const { reportId, ...v } = readVictim(row);
      victims.set(reportId, v);
    }
    const originals = await run(
      sql`SELECT * FROM scam_report_revision WHERE id IN (
            SELECT MIN(id) FROM scam_report_revision WHERE report_id ${ids} GROUP BY report_id)`,
    );
    // revisions name indicators by id (JSON [[id, role], ...]): one lookup for all of them
    const revisionLinks = originals.map((r) => JSON.parse(readString(r.indicators)) as [number, IndicatorRole][]);
    const indicatorIds = revisionLinks.flat().map(([id]) => id);
    const indicators = new Map<number, Row>();
    if (indicatorIds.length > 0) {
      for (const row of await run(
        sql`SELECT id, kind, canonical, digest FROM indicator WHERE id ${anyOf(indicatorIds, 'integer')}`,
      )) {
        indicators.set(readNumber(row.id), row);
      }
    }
    const original = new Map<number, ReportVersion>();
    originals.forEach((r, n) => {
      original.set(readNumber(r.report_id), {
        ...readRevision(r),
        indicators: revisionLinks[n]!.map(([id, role]) => linkOf({ ...indicators.get(id), role })),
      });
    });
    const changed = new Set(
      (
        await run(
          sql`SELECT DISTINCT report_id FROM scam_report_revision
              WHERE import_digest = ${importDigest} AND report_id ${ids}`,
        )
      ).map((r) => readNumber(r.report_id)),
    );
    for (const r of reports) {
      const id = readNumber(r.id);
      const current = { ...readVersion(r), indicators: links.get(id) ?? [] };
      out.set(readString(r.reference), {
        id,
        current,
        original: original.get(id) ?? current,
        victim: victims.get(id) ?? null,
        changedByThisFile: changed.has(id),
      });
    }
  }
  return out;
}

function linkOf(row: Row): IndicatorLink {
  return {
    kind: readString(row.kind) as IndicatorKind,
    canonical: readString(row.canonical),
    digest: readString(row.digest),
    role: readString(row.role) as IndicatorRole,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
