/**
 * A member's sharing policy: who (requesting member and role) gets which level of this node's data. The
 * owner writes it as a small text file (docs/sharing-policy.md); without one, the node uses the default
 * built from the registry. Decisions are precomputed for every possible requester at load, so `decide` on
 * the hot path is one map lookup, and anything not in that map (an unknown member or role) gets NONE.
 */
import { isMemberCode, memberByCode, type Member } from '../../../schema/registry.js';
import { roles, type Role, type SharingLevel, workingGroup } from './levels.js';
import { noRule, parsePolicy } from './parsePolicy.js';
import { requesterCodes, ruleMatches, type PolicyRule } from './PolicyRule.js';
import { defaultLimits, renderLimits, type DisclosureLimits } from './DisclosureLimits.js';

export interface Requester {
  /** Alpha-2 code of a registry member, or `WG` for the Working Group secretariat's own staff. */
  member: string;
  role: Role;
  subject: string;
}

export interface PolicyDecision {
  level: SharingLevel;
  /** The rule that decided, or `no-rule` when none matched. */
  rule: string;
}

const nothing: PolicyDecision = Object.freeze({ level: 'NONE', rule: noRule });

export class SharingPolicy {
  private readonly decisions: Map<string, PolicyDecision>;

  private constructor(
    readonly owner: Member,
    /** Where the policy came from (a file path, or a description of the default), as errors name it. */
    readonly source: string,
    readonly rules: readonly PolicyRule[],
    /** Small cells and narrow windows, for callers below DETAIL (DisclosureLimits.ts). */
    readonly limits: DisclosureLimits = defaultLimits,
  ) {
    const decisions = new Map<string, PolicyDecision>();
    for (const member of requesterCodes()) {
      for (const role of roles) {
        const rule = rules.find((r) => ruleMatches(r, owner, member, role));
        decisions.set(key(member, role), rule ? Object.freeze({ level: rule.level, rule: rule.name }) : nothing);
      }
    }
    this.decisions = decisions;
  }

  /** Throws PolicyError naming `source` and the line of every problem. */
  static parse(text: string, source: string, owner: Member): SharingPolicy {
    const { rules, limits } = parsePolicy(text, source, owner);
    return new SharingPolicy(owner, source, rules, limits);
  }

  /**
   * The policy a member gets without a file of its own: itself PARTNER, its MoU partners (registry
   * `partners`) PARTNER, Working-Group analysts SUMMARY, everyone else HIT. Built as text and parsed, so the
   * default passes exactly the checks an owner's file does (a registry mistake fails the same way).
   */
  static defaultFor(owner: Member): SharingPolicy {
    const partners = (owner.partners ?? []).map((code) => {
      if (code === owner.code) throw new Error(`members.json: ${owner.code} lists itself as an MoU partner`);
      try {
        return memberByCode(code).code;
      } catch (e) {
        throw new Error(`members.json: ${owner.code} partners: ${(e as Error).message}`, { cause: e });
      }
    });
    const lines: RuleLine[] = [
      ['SELF', '*', 'PARTNER', 'own-member'],
      ...partners.map((p): RuleLine => [p, '*', 'PARTNER', `mou-${owner.code}-${p}`.toLowerCase()]),
      [workingGroup, 'analyst', 'SUMMARY', 'working-group-analysts'],
      ['*', '*', 'HIT', 'asean-default'],
    ];
    return SharingPolicy.parse(renderRules(owner, lines), `default policy of ${owner.code}`, owner);
  }

  decide(requester: Requester): PolicyDecision {
    // a value a token should never carry (checked by identity) still gets nothing rather than an exception
    if (typeof requester.member !== 'string') return nothing;
    const member = requester.member.toUpperCase();
    return this.decisions.get(key(member, requester.role)) ?? this.joined(member, requester.role);
  }

  /**
   * A member that joined after this policy was loaded (the registry was reloaded): decided by the same
   * rules (`*` applies to it; no rule named it), once, then looked up like the others. Not a member: NONE.
   */
  private joined(member: string, role: Role): PolicyDecision {
    if (!isMemberCode(member) || !roles.includes(role)) return nothing;
    const rule = this.rules.find((r) => ruleMatches(r, this.owner, member, role));
    const decision = rule ? Object.freeze({ level: rule.level, rule: rule.name }) : nothing;
    this.decisions.set(key(member, role), decision);
    return decision;
  }

  /** Every requester (each registry member, then WG) with every role, and what it gets. */
  matrix(): { member: string; role: Role; decision: PolicyDecision }[] {
    return requesterCodes().flatMap((member) =>
      roles.map((role) => ({ member, role, decision: this.decide({ member, role, subject: '' }) })),
    );
  }

  /** The rules as policy-file text (comments of a parsed file are not kept); parses back to the same policy. */
  render(): string {
    return renderRules(
      this.owner,
      this.rules.map((r) => [r.requester, r.role, r.level, r.name]),
      renderLimits(this.limits),
    );
  }
}

type RuleLine = [requester: string, role: string, level: string, name: string];

function key(member: string, role: string): string {
  return `${member}/${role}`;
}

function renderRules(owner: Member, lines: readonly RuleLine[], limitLines: readonly string[] = []): string {
  const header: RuleLine = ['# requester', 'role', 'level', 'rule-name'];
  const widths = [0, 1, 2].map((i) => Math.max(...[header, ...lines].map((l) => l[i]?.length ?? 0)) + 2);
  const row = (l: RuleLine) =>
    l
      .map((field, i) => field.padEnd(widths[i] ?? 0))
      .join('')
      .trimEnd();
  return [
    `# Sharing policy of ${owner.name} (${owner.code}): what this node answers to whom.`,
    '# Format and meaning: docs/sharing-policy.md. First matching rule wins; no match gets NONE.',
    row(header),
    ...lines.map(row),
    ...limitLines,
    '',
  ].join('\n');
}
