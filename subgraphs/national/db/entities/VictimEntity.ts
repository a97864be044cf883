import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ScamReportEntity } from './ScamReportEntity.js';

/**
 * The victim's personal data, in its own table so no query that feeds the API can reach it by accident:
 * nothing in subgraphs/national/graphql reads this entity, and the federated schema has no victim type.
 */
@Entity({ name: 'victim' })
export class VictimEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'report_id', type: 'integer', unique: true })
  reportId!: number;

  @OneToOne(() => ScamReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ScamReportEntity;

  @Column({ name: 'full_name', type: 'varchar', length: 200, nullable: true })
  fullName!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'id_number', type: 'varchar', length: 64, nullable: true })
  idNumber!: string | null;

  @Column({ type: 'integer', nullable: true })
  age!: number | null;
}
