import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { newIndicatorReference } from '../indicatorReference.js';

/**
 * An indicator (phone, account, wallet, URL, ...) in canonical form with its keyed digest. The canonical
 * value stays on this node; other members only ever see the digest (see subgraphs/shared/indicators).
 */
@Entity({ name: 'indicator' })
@Index('ux_indicator_reference', ['reference'], { unique: true })
export class IndicatorEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** A code from schema/typology.ts indicatorKinds. */
  @Column({ type: 'varchar', length: 24 })
  kind!: string;

  @Column({ type: 'varchar', length: 512 })
  canonical!: string;

  /** `<keyId>:<hex HMAC-SHA-256>`; the federation-wide identity of the indicator, unique per node. */
  @Column({ type: 'varchar', length: 96, unique: true })
  digest!: string;

  /** The key generation the digest was made with, so a rotation can find what to re-digest. */
  @Column({ name: 'key_id', type: 'varchar', length: 16 })
  keyId!: string;

  /**
   * The random reference a sighting quotes (db/indicatorReference.ts); drawn when an entity instance is
   * created (`save` of a plain object must pass one: it skips initializers and listeners). Unique; nullable only because SQLite cannot add a NOT
   * NULL column to a table that has rows (the migration back-fills them all).
   */
  @Column({ type: 'varchar', length: 32, nullable: true })
  reference: string = newIndicatorReference();
}
