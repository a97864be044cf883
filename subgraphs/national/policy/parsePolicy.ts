/**
 * Reads a policy file's text into rules, checking everything an owner can get wrong: each line's fields,
 * duplicate rule names, and rules that can never apply because earlier rules already match every requester
 * they would (first match wins, so such a rule is a mistake that would silently not do what it says).
 */
import { members, type Member } from '../../../schema/registry.js';
import { isRole, isSharingLevel, roles, sharingLevels, workingGroup } from './levels.js';
import { PolicyError, type PolicyProblem } from './PolicyError.js';
import { requesterCodes, ruleMatches, type PolicyRule } from './PolicyRule.js';
import { defaultLimits, readLimit, type DisclosureLimits } from './DisclosureLimits.js';

/** The rule name a requester no rule matches is reported under; reserved, so no rule may take it. */
export const noRule = 'no-rule';

const ruleName = /^[a-z0-9-]{1,64}$/;
const fieldsHint = 'requester role level rule-name';

export interface ParsedPolicy {
  rules: PolicyRule[];
  limits: DisclosureLimits;
}

export function parsePolicy(text: string, source: string, owner: Member): ParsedPolicy {
  const problems: PolicyProblem[] = [];
  const rules: PolicyRule[] = [];
  const limits: { -readonly [K in keyof DisclosureLimits]: DisclosureLimits[K] } = { ...defaultLimits };
  const limitLines = new Map<string, number>();
  const names = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const fields = raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
      if (fields.length === 0) return;
      if (fields[0] === 'limit') {
        const limit = readLimit(fields.slice(1));
        if (typeof limit === 'string') problems.push({ line, message: limit });
        else if (limitLines.has(limit.key)) {
          problems.push({ line, message: `limit ${fields[1]} already set on line ${limitLines.get(limit.key)}` });
        } else {
          limitLines.set(limit.key, line);
          limits[limit.key] = limit.value;
        }
        return;
      }
      const result = readRule(fields, line);
      if (typeof result === 'string') {
        problems.push({ line, message: result });
        return;
      }
      const first = names.get(result.name);
      if (first !== undefined) {
        problems.push({ line, message: `duplicate rule name "${result.name}" (already used on line ${first})` });
        return;
      }
      names.set(result.name, line);
      rules.push(result);
    });
  problems.push(...shadowed(rules, owner));
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw new PolicyError(source, problems);
  }
  return { rules, limits };
}

function readRule(fields: string[], line: number): PolicyRule | string {
  if (fields.length < 4) return `missing fields: expected 4 (${fieldsHint}), got ${fields.length}`;
  if (fields.length > 4) return `too many fields: expected 4 (${fieldsHint}), got ${fields.length}`;
  const [requester = '', role = '', level = '', name = ''] = fields;
  const codes = members.map((m) => m.code);
  if (requester !== '*' && requester !== 'SELF' && requester !== workingGroup && !codes.includes(requester)) {
    const expected = `a registry alpha-2 code (${codes.join(', ')}), SELF, ${workingGroup} or *`;
    return `unknown member code "${requester}"; expected ${expected}`;
  }
  if (role !== '*' && !isRole(role)) return `unknown role "${role}"; expected one of ${roles.join(', ')} or *`;
  if (!isSharingLevel(level)) return `unknown level "${level}"; expected one of ${sharingLevels.join(', ')}`;
  if (!ruleName.test(name)) return `invalid rule name "${name}"; expected 1 to 64 characters from a-z, 0-9 and -`;
  if (name === noRule) return `rule name "${noRule}" is reserved for requesters that no rule matches`;
  return { requester, role, level, name, line };
}

/** Rules whose every (requester, role) is already matched by earlier rules: the requester space is finite. */
function shadowed(rules: readonly PolicyRule[], owner: Member): PolicyProblem[] {
  const pairs = requesterCodes().flatMap((member) => roles.map((role) => ({ member, role })));
  const matchSets = rules.map(
    (rule) =>
      new Set(pairs.filter((p) => ruleMatches(rule, owner, p.member, p.role)).map((p) => `${p.member}/${p.role}`)),
  );
  const covered = new Set<string>();
  const problems: PolicyProblem[] = [];
  rules.forEach((rule, i) => {
    const own = [...(matchSets[i] ?? [])];
    if (own.every((pair) => covered.has(pair))) {
      const earlier = rules.slice(0, i).map((r, j) => ({ rule: r, set: matchSets[j] ?? new Set<string>() }));
      const single = earlier.find((e) => own.every((pair) => e.set.has(pair)));
      const by = single
        ? `rule "${single.rule.name}" on line ${single.rule.line} already matches`
        : `earlier rules on lines ${earlier
            .filter((e) => own.some((pair) => e.set.has(pair)))
            .map((e) => e.rule.line)
            .join(', ')} already match`;
      problems.push({
        line: rule.line,
        message: `rule "${rule.name}" can never match: ${by} every requester it would`,
      });
    }
    for (const pair of own) covered.add(pair);
  });
  return problems;
}
