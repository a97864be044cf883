/**
 * Generates one member's synthetic reports in order, deterministically from (seed, member): report i is
 * the same on every run. Dates rise with the index (case numbers are sequential, and scam reports grow
 * over time), indicators come from the member's own stock with heavy reuse, or, now and then, from the
 * cross-border syndicate pool shared by every member.
 */
import { type Member } from '../../../schema/registry.js';
import {
  type Channel,
  type IndicatorKind,
  type IndicatorRole,
  type ReportStatus,
  type ScamType,
  channels,
} from '../../../schema/typology.js';
import { type VictimRecord } from '../import/ReportRecord.js';
import {
  anyWallet,
  bankAccount,
  company,
  domain,
  eWallet,
  email,
  mobileE164,
  nationalMobile,
  socialAccount,
  url,
} from './indicatorValues.js';
import { type MemberProfile, memberProfile } from './memberProfile.js';
import { Random, type Weighted, weighted } from './Random.js';
import {
  channelAffinity,
  channelRole,
  freshShare,
  indicatorCountMix,
  lossFactor,
  lossSigma,
  noLossShare,
  roleKind,
  roleMix,
  statusByAge,
  syndicateShare,
} from './scenario.js';
import { type SyndicateIndicator, poolByKind, syndicatePool } from './syndicatePool.js';

export interface SyntheticIndicator {
  readonly kind: IndicatorKind;
  /** As a victim would write it; normalised with the member as region. */
  readonly value: string;
  readonly role: IndicatorRole;
  /** Drawn from the cross-border syndicate pool. */
  readonly syndicate: boolean;
}

export interface SyntheticReport {
  readonly reference: string;
  readonly reportedAt: Date;
  readonly createdAt: Date;
  readonly scamType: ScamType;
  readonly channel: Channel;
  readonly lossMinor: number | null;
  readonly currency: string;
  readonly status: ReportStatus;
  readonly province: string | null;
  readonly indicators: readonly SyntheticIndicator[];
  readonly victim: VictimRecord;
}

/**
 * The end of the synthetic period for data seeded on `day`: the start of that UTC day, so reports run up
 * to the day the data is seeded (the dashboard's default period, the last 12 months, shows them) and the
 * same seed seeded on the same day gives the same rows and digests on any machine. Callers that need the
 * same rows on every day (the benchmark) pass a fixed date instead.
 */
export function seedPeriodEnd(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
}

const periodDays = 730;
const dayMs = 86_400_000;
/** Reports at the end of the period arrive this many times as often as at its start. */
const growth = 1;
const countTable = weighted(indicatorCountMix);
const statusTables = statusByAge.map((stage) => ({ maxAgeDays: stage.maxAgeDays, table: weighted(stage.mix) }));

/** Local stock of one kind: new values now and then, otherwise the popular ones again (preferential attachment). */
class Stock {
  private readonly values: string[] = [];
  private readonly draws: number[] = [];

  constructor(
    private readonly fresh: number,
    private readonly make: () => string,
  ) {}

  draw(rng: Random): string {
    if (this.values.length === 0 || rng.chance(this.fresh)) {
      this.values.push(this.make());
      this.draws.push(this.values.length - 1);
      return this.values[this.values.length - 1]!;
    }
    const index = this.draws[rng.int(this.draws.length)]!;
    this.draws.push(index);
    return this.values[index]!;
  }
}

export class ReportGenerator {
  private readonly rng: Random;
  private readonly profile: MemberProfile;
  private readonly stock: Record<IndicatorKind, Stock>;
  private readonly pool: ReadonlyMap<IndicatorKind, SyndicateIndicator[]>;
  private readonly channelsByType = new Map<ScamType, Weighted<Channel>>();
  private readonly rolesByType = new Map<ScamType, [IndicatorRole, number][]>();
  private readonly lossNorm: number;
  private readonly start: number;
  private readonly span: number;
  private readonly until: number;
  private next = 0;
  private year = 0;
  private sequence = 0;

  constructor(
    private readonly member: Member,
    private readonly options: { seed: number; reports: number; until: Date },
  ) {
    this.profile = memberProfile(member);
    this.rng = Random.of(options.seed, member.code, 'reports');
    const rng = this.rng;
    const p = this.profile;
    const domains = new Stock(freshShare.DOMAIN, () => domain(rng, p.webSuffixes));
    this.stock = {
      PHONE: new Stock(freshShare.PHONE, () => nationalMobile(rng, p, 'scammer')),
      BANK_ACCOUNT: new Stock(freshShare.BANK_ACCOUNT, () => bankAccount(rng, p)),
      CRYPTO_WALLET: new Stock(freshShare.CRYPTO_WALLET, () => anyWallet(rng)),
      DOMAIN: domains,
      URL: new Stock(freshShare.URL, () => url(rng, domains.draw(rng))),
      EMAIL: new Stock(freshShare.EMAIL, () => email(rng, rng.chance(0.3) ? domains.draw(rng) : undefined)),
      SOCIAL_ACCOUNT: new Stock(freshShare.SOCIAL_ACCOUNT, () => socialAccount(rng, p)),
      E_WALLET: new Stock(freshShare.E_WALLET, () => eWallet(rng, p)),
      COMPANY: new Stock(freshShare.COMPANY, () => company(rng, p)),
    };
    this.pool = poolByKind(syndicatePool(options.seed));
    // per-type factors are normalised by their geometric mean over the member's own mix, so the member's
    // overall median loss stays near its lossMedian whatever its mix
    let logSum = 0;
    let weightSum = 0;
    for (const [type, w] of p.scamWeights) {
      logSum += w * Math.log(lossFactor[type]);
      weightSum += w;
    }
    this.lossNorm = Math.exp(logSum / weightSum);
    this.until = options.until.getTime();
    this.span = periodDays * dayMs;
    this.start = this.until - this.span;
  }

  /** The next report; call `reports` times. */
  report(): SyntheticReport {
    const i = this.next++;
    const rng = this.rng;
    const p = this.profile;
    const reportedAt = new Date(
      Math.floor(this.start + this.span * this.timeAt((i + rng.next()) / this.options.reports)),
    );
    const scamType = rng.choose(p.scamMix);
    const channel = rng.choose(this.channelsFor(scamType));
    const ageDays = (this.until - reportedAt.getTime()) / dayMs;
    return {
      reference: this.reference(reportedAt),
      reportedAt,
      // officers log a report minutes to a day and a half after the victim makes it, but not after the day
      // the data is seeded: data seeded today holds no report logged tomorrow
      createdAt: new Date(Math.min(reportedAt.getTime() + rng.between(5 * 60_000, 36 * 3_600_000), this.until)),
      scamType,
      channel,
      lossMinor: this.loss(scamType),
      currency: this.member.currency,
      status: rng.choose((statusTables.find((s) => ageDays <= s.maxAgeDays) ?? statusTables.at(-1)!).table),
      province: rng.chance(0.04) ? null : rng.choose(p.provinces),
      indicators: this.indicators(scamType, channel),
      victim: this.victim(i),
    };
  }

  /** Inverse CDF of a linearly growing report rate over the period: position in [0, 1) -> time in [0, 1). */
  private timeAt(position: number): number {
    return (-1 + Math.sqrt(1 + 2 * growth * position * (1 + growth / 2))) / growth;
  }

  /** `TH-SYN-2025-000123`: sequential within the year, as case numbers are. */
  private reference(at: Date): string {
    const year = at.getUTCFullYear();
    if (year !== this.year) {
      this.year = year;
      this.sequence = 0;
    }
    this.sequence++;
    return `${this.member.code}-SYN-${year}-${String(this.sequence).padStart(6, '0')}`;
  }

  private channelsFor(type: ScamType): Weighted<Channel> {
    let table = this.channelsByType.get(type);
    if (!table) {
      const affinity = channelAffinity[type];
      table = weighted(
        channels.map(
          (c) => [c.code, (this.profile.channelWeights.get(c.code) ?? 0) * (affinity[c.code] ?? 1)] as const,
        ),
      );
      this.channelsByType.set(type, table);
    }
    return table;
  }

  /** Log-normal around the member's median, scaled by type, rounded to what people actually lose (2-3 digits). */
  private loss(type: ScamType): number | null {
    const rng = this.rng;
    if (rng.chance(noLossShare)) return null;
    const median = this.profile.lossMedian;
    const units = ((median * lossFactor[type]) / this.lossNorm) * Math.exp(lossSigma * rng.normal());
    const step = Math.pow(10, Math.max(0, Math.floor(Math.log10(median / 300))));
    return Math.max(1, Math.round(units / step)) * step * 100;
  }

  private indicators(type: ScamType, channel: Channel): SyntheticIndicator[] {
    const rng = this.rng;
    const count = rng.choose(countTable);
    const roles: IndicatorRole[] = [];
    const fromChannel = channelRole[channel];
    if (fromChannel && rng.chance(0.85)) roles.push(fromChannel);
    const candidates = this.rolesFor(type).filter(([role]) => !roles.includes(role));
    while (roles.length < count && candidates.length > 0) {
      const role = rng.choose(weighted(candidates));
      roles.push(role);
      candidates.splice(
        candidates.findIndex(([r]) => r === role),
        1,
      );
    }
    const out: SyntheticIndicator[] = [];
    for (const role of roles) {
      const kind = roleKind[role];
      const phishing = out.find((x) => x.kind === 'URL');
      if (kind === 'DOMAIN' && phishing) {
        // the fake site's domain is the one its URL is on: DOMAIN normalisation reads a whole URL
        out.push({ kind, value: phishing.value, role, syndicate: phishing.syndicate });
        continue;
      }
      const pooled = this.pool.get(kind);
      if (pooled && pooled.length > 0 && rng.chance(syndicateShare)) {
        out.push({ kind, value: pooled[rng.zipf(pooled.length, 1)]!.value, role, syndicate: true });
      } else {
        out.push({ kind, value: this.stock[kind].draw(rng), role, syndicate: false });
      }
    }
    return out;
  }

  private rolesFor(type: ScamType): [IndicatorRole, number][] {
    let roles = this.rolesByType.get(type);
    if (!roles) {
      roles = Object.entries(roleMix[type]) as [IndicatorRole, number][];
      this.rolesByType.set(type, roles);
    }
    return [...roles];
  }

  private victim(i: number): VictimRecord {
    const rng = this.rng;
    const n = String(i + 1).padStart(6, '0');
    return {
      fullName: `Synthetic victim ${n}`,
      phone: rng.chance(0.9) ? mobileE164(rng, this.profile, 'victim') : null,
      email: rng.chance(0.35) ? `victim${n}@example.org` : null,
      idNumber: rng.chance(0.6) ? `SYN${rng.digits(10)}` : null,
      age: rng.chance(0.85) ? Math.min(90, Math.max(16, Math.round(41 + 15 * rng.normal()))) : null,
    };
  }
}
