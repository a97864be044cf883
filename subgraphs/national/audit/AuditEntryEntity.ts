import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One answer this node gave (to another member's caller, or a DETAIL read by its own staff), in the append-only, hash-chained audit log
 * (see AuditLog for the chain and the exact hash input). Only digests of indicators are kept: the log
 * proves who saw what without becoming a copy of the data. Column types are explicit because tsx/esbuild
 * do not emit decorator metadata.
 */
@Entity({ name: 'audit_log' })
@Index('ux_audit_log_prev_hash', ['prevHash'], { unique: true })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: Date })
  at!: Date;

  /** The caller's token subject. */
  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  /** Alpha-2 code of the caller's member, or WG. */
  @Column({ name: 'requester_member', type: 'varchar', length: 8 })
  requesterMember!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: string;

  /** sha256 hex of the GraphQL operation with its name and variables (auditHash.ts operationHash). */
  @Column({ name: 'operation_hash', type: 'varchar', length: 64 })
  operationHash!: string;

  /** JSON array of the indicator digests the answer touched. */
  @Column({ type: 'text' })
  digests!: string;

  /** The sharing level the owner's policy applied. */
  @Column({ type: 'varchar', length: 16 })
  level!: string;

  /** JSON array of the field names withheld. */
  @Column({ type: 'text' })
  redactions!: string;

  /** JSON array of the references of the reports the answer carried; null on entries older than it. */
  @Column({ type: 'text', nullable: true })
  reports!: string | null;

  /** The previous entry's hash, 64 zeros for the first; unique, so the chain can never fork. */
  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  hash!: string;
}
