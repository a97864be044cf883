import { readFileSync } from 'node:fs';
import { type Member } from '../../../schema/registry.js';
import { PolicyError } from './PolicyError.js';
import { SharingPolicy } from './SharingPolicy.js';

/**
 * The owner's policy file when one is configured (PolicyError naming the file for anything wrong with it,
 * unreadable included: a node must not fall back to the default when its owner meant a file), otherwise
 * the registry default.
 */
export function loadSharingPolicy(owner: Member, path?: string): SharingPolicy {
  if (path === undefined) return SharingPolicy.defaultFor(owner);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PolicyError(path, [{ line: 0, message: `cannot read the policy file: ${(e as Error).message}` }]);
  }
  return SharingPolicy.parse(text, path, owner);
}
