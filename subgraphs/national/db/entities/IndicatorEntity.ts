import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An indicator (phone, account, wallet, URL, ...) in canonical form with its keyed digest. The canonical
 * value stays on this node; other members only ever see the digest (see subgraphs/shared/indicators).
 */
@Entity({ name: 'indicator' })
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
}
