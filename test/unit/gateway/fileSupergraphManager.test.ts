import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FileSupergraphManager } from '../../../gateway/FileSupergraphManager.js';
import { createLogger } from '../../../shared/logger.js';

/**
 * Hot reload without the gateway: each poll reads the file, hands a new version to `update` once, keeps
 * serving the last good one when `update` refuses it, and survives the file disappearing mid-rename.
 * Polls are driven by the test (the interval is an hour), so nothing here waits on a timer.
 */
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'supergraph-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const logger = createLogger('test', 'silent');

async function started(path: string, versions: string[]) {
  const manager = new FileSupergraphManager(path, 3_600_000, logger, (v) => versions.push(v));
  const init = await manager.initialize({
    update: () => undefined,
    healthCheck: async () => undefined,
    getDataSource: () => undefined as never,
  });
  return { manager, init };
}

test('serves the file it starts with and applies a changed file once', async () => {
  const path = join(dir, 'a.graphql');
  await writeFile(path, 'type Query { a: Int }');
  const versions: string[] = [];
  const { manager, init } = await started(path, versions);
  const updates: string[] = [];
  assert.equal(init.supergraphSdl, 'type Query { a: Int }');
  const first = manager.status.servingHash;
  assert.match(first ?? '', /^[0-9a-f]{16}$/);

  await manager.poll((sdl: string) => void updates.push(sdl));
  assert.equal(updates.length, 0, 'an unchanged file is not applied again');

  await writeFile(`${path}.tmp`, 'type Query { b: Int }');
  await rename(`${path}.tmp`, path); // the atomic rename `npm run compose` does
  await manager.poll((sdl: string) => void updates.push(sdl));
  await manager.poll((sdl: string) => void updates.push(sdl));
  assert.deepEqual(updates, ['type Query { b: Int }']);
  assert.notEqual(manager.status.servingHash, first);
  assert.deepEqual(versions, ['applied']);
  await init.cleanup?.();
});

test('a version the gateway refuses is recorded and the last good one keeps serving', async () => {
  const path = join(dir, 'b.graphql');
  await writeFile(path, 'type Query { a: Int }');
  const versions: string[] = [];
  const { manager, init } = await started(path, versions);
  const good = manager.status.servingHash;

  await writeFile(path, 'not a schema');
  await manager.poll(() => {
    throw new Error('Syntax Error: Unexpected Name "not".\nmore detail');
  });
  assert.equal(manager.status.servingHash, good);
  assert.equal(manager.status.lastRejection?.reason, 'Syntax Error: Unexpected Name "not".');
  assert.deepEqual(versions, ['refused']);

  // the same bad file is not re-tried on every poll; a fixed file is applied
  let applied = 0;
  await manager.poll(() => (applied += 1));
  assert.equal(applied, 0);
  await writeFile(path, 'type Query { c: Int }');
  await manager.poll(() => (applied += 1));
  assert.equal(applied, 1);
  assert.deepEqual(versions, ['refused', 'applied']);
  await init.cleanup?.();
});

test('a missing file (mid-deploy) keeps the last good supergraph', async () => {
  const path = join(dir, 'c.graphql');
  await writeFile(path, 'type Query { a: Int }');
  const { manager, init } = await started(path, []);
  const good = manager.status.servingHash;
  await rm(path);
  let applied = 0;
  await manager.poll(() => (applied += 1));
  assert.equal(applied, 0);
  assert.equal(manager.status.servingHash, good);
  await init.cleanup?.();
});
