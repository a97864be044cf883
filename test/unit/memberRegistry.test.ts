/**
 * The reloadable member registry without servers: a registry file is checked in full (a mistake names the
 * file, member and field, and nothing is swapped), a swap is seen through the live `members` binding and
 * the lookups, listeners hear of it, the gateway routes a member that joined by its entry (or the URL
 * template), and a supergraph naming a member the registry lacks waits for it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  currentRegistry,
  isMemberCode,
  memberByNs,
  members,
  onRegistryChange,
  parseRegistry,
  RegistryError,
  useRegistry,
  type Member,
} from '../../schema/registry.js';
import { FileSupergraphManager } from '../../gateway/FileSupergraphManager.js';
import { subgraphRoute, unknownMembers } from '../../gateway/subgraphRoute.js';
import { createLogger } from '../../shared/logger.js';

const committed = readFileSync(new URL('../../schema/members.json', import.meta.url), 'utf8');
const file = JSON.parse(committed) as { ratesAsOf: string; members: Member[] };
const joining: Member = {
  code: 'XT',
  ns: 'xta',
  name: 'Test Member',
  phoneRegion: 'TL',
  currency: 'USD',
  usdPerUnit: 1,
  port: 4199,
  joined: '2026-01-01',
  iddPrefixes: ['00'],
  banks: [],
  eWallets: [],
  benign: { hotlines: [], domains: [] },
};
const withMember = (extra: Partial<Member>) =>
  JSON.stringify({ ...file, members: [...file.members, { ...joining, ...extra }] });

test('a registry with a mistake is refused naming the file, the member and the field', () => {
  const cases: [Partial<Member>, RegExp][] = [
    [{ port: file.members[0]!.port }, /x\.json: members\[11\] \(XT\): 4101 appears twice/],
    [{ ns: 'XTA' }, /members\[11\] \(XT\): "ns" must be a lower-case alpha-3 namespace/],
    [{ url: 'node-xta:4199' }, /members\[11\] \(XT\): "url" must be an http\(s\) URL/],
    [{ currency: 'dollars' }, /"currency" must be an ISO 4217 code/],
    [{ partners: ['ZZ'] }, /XT partners: ZZ is not a member/],
    [{ iddPrefixes: ['001'] }, /"iddPrefixes" must list "00"/],
  ];
  for (const [extra, message] of cases) {
    assert.throws(
      () => parseRegistry(withMember(extra), 'x.json'),
      (e: unknown) => {
        assert.ok(e instanceof RegistryError);
        assert.match(e.message, message);
        return true;
      },
    );
  }
  assert.throws(() => parseRegistry('{"members": [', 'x.json'), /x\.json: not JSON/);
  assert.throws(() => parseRegistry('{"members": []}', 'x.json'), /"members" must be a non-empty list/);
});

test('the committed registry holds production facts only: no synthetic profiles', () => {
  assert.ok(!committed.includes('"synthetic"'));
  assert.equal(parseRegistry(committed, 'schema/members.json').members.length, 11);
});

test('a swap is seen through `members` and every lookup, and listeners hear of it', () => {
  const heard: string[] = [];
  const stop = onRegistryChange((registry, previous) =>
    heard.push(`${previous.members.length}->${registry.members.length}`),
  );
  const before = currentRegistry();
  assert.equal(isMemberCode('XT'), false);
  useRegistry(parseRegistry(withMember({ url: 'http://xta.example:8443/graphql' }), 'x.json'));
  assert.equal(members.length, 12);
  assert.equal(isMemberCode('xt'), true);
  assert.equal(memberByNs('xta')?.name, 'Test Member');
  assert.deepEqual(heard, ['11->12']);

  // routing: the operator's variable, then the entry's url, then the template, then the supergraph's
  const config = { subgraphReplicas: {}, subgraphUrlTemplate: 'http://node-{ns}:{port}/graphql' };
  assert.deepEqual(subgraphRoute('xta', 'http://127.0.0.1:4199/graphql', config), ['http://xta.example:8443/graphql']);
  assert.deepEqual(subgraphRoute('tha', 'http://127.0.0.1:4105/graphql', config), ['http://node-tha:4105/graphql']);
  assert.deepEqual(
    subgraphRoute('tha', 'http://127.0.0.1:4105/graphql', { subgraphReplicas: {}, subgraphUrlTemplate: undefined }),
    ['http://127.0.0.1:4105/graphql'],
  );
  assert.deepEqual(
    subgraphRoute('xta', undefined, { ...config, subgraphReplicas: { xta: ['http://a/graphql', 'http://b/graphql'] } }),
    ['http://a/graphql', 'http://b/graphql'],
  );

  useRegistry(before);
  stop();
  assert.equal(isMemberCode('XT'), false);
  assert.equal(members.length, 11);
});

test('a supergraph naming a member the registry lacks waits, and is taken once the registry has it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'registry-'));
  const path = join(dir, 'supergraph.graphql');
  const sdl = (names: string[]) =>
    `enum join__Graph {\n${names.map((n) => `  ${n.toUpperCase()} @join__graph(name: "${n}", url: "http://x")`).join('\n')}\n}`;
  await writeFile(path, sdl(['hub', 'tha']));
  const manager = new FileSupergraphManager(
    path,
    3_600_000,
    createLogger('test', 'silent'),
    () => undefined,
    unknownMembers,
  );
  const updates: string[] = [];
  const init = await manager.initialize({
    update: (text: string) => void updates.push(text),
    healthCheck: async () => undefined,
    getDataSource: () => undefined as never,
  });
  await writeFile(`${path}.tmp`, sdl(['hub', 'tha', 'xta']));
  await rename(`${path}.tmp`, path);
  await manager.recheck();
  assert.deepEqual(updates, [], 'not served while the registry does not name xta');
  assert.match(manager.status.lastRejection?.reason ?? '', /names xta, not in the member registry in use/);

  const before = currentRegistry();
  useRegistry(parseRegistry(withMember({}), 'x.json'));
  await manager.recheck();
  assert.equal(updates.length, 1, 'served once the registry names xta');
  useRegistry(before);
  await init.cleanup?.();
  await rm(dir, { recursive: true, force: true });
});
