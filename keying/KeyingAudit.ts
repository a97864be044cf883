/**
 * The keying service's record: one NDJSON line per request, who keyed how many and with what outcome. Never
 * the elements (they are blinded anyway) and never a value (the service never sees one). Working-group
 * auditors read it to see who used the only oracle in the federation, and how much.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface KeyingAuditEntry {
  at: string;
  /** Whose budget was charged: `node:TH`, `hub`, `analyst:TH:alice@…`. */
  identity: string;
  /** The client that presented the request (differs from identity when the hub keys for an analyst). */
  client: string;
  elements: number;
  outcome: 'evaluated' | 'rate_limited';
  /** Evaluations charged to the identity in its current hour, after this request. */
  usedThisHour: number;
  limit: number;
  /** The key generation evaluated under (a rotation's re-key names another than the current one). */
  keyId: string;
}

export class KeyingAudit {
  constructor(private readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
  }

  record(entry: KeyingAuditEntry): void {
    // synchronous: one short line per request, and an entry must never be lost to a crash after the answer
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }
}
