/**
 * Every GraphQL operation a client of ours sends or shows (issue 14) is valid against the supergraph's API
 * schema: the dashboard's documents, the analyst IDE's tabs, the bench's scenarios, `npm start`'s example and
 * the ```graphql blocks of the READMEs and docs. A field renamed in a template changes
 * schema/supergraph.graphql (compose:check), and this test then names every client still asking for the old
 * name, in seconds, without a server or a browser.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { members } from '../../schema/registry.js';
import { buildScenarios } from '../../bench/scenarios.js';
import * as dashboard from '../../gateway/web/src/dashboard/queries.js';
import { exampleTabs } from '../../gateway/web/src/graphiql/examples.js';
import * as shared from '../../gateway/web/src/shared/operations.js';
import { exampleScreenQuery, lookupQuery as startLookup } from '../../scripts/start/exampleQuery.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

let built: GraphQLSchema | undefined;

/** What the gateway serves: the supergraph without its join/link machinery and @inaccessible parts. */
function apiSchema(): GraphQLSchema {
  const sdl = readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8');
  built ??= Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  return built;
}

/** Every string export named `...Query` (a module's documents, whatever gets added later). */
const queriesOf = (module: Record<string, unknown>, from: string): [string, string][] =>
  Object.entries(module)
    .filter((e): e is [string, string] => e[0].endsWith('Query') && typeof e[1] === 'string')
    .map(([name, query]) => [`${from} ${name}`, query]);

/** The markdown a reader copies queries from: the root's, docs/, and every folder's README. */
function markdownFiles(): string[] {
  const files = readdirSync(root)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, f));
  files.push(...readdirSync(join(root, 'docs')).map((f) => join(root, 'docs', f)));
  for (const dir of ['schema', 'subgraphs', 'gateway', 'keying', 'scripts', 'bench', 'test']) {
    for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('README.md') && !f.includes('node_modules')) files.push(join(root, dir, f));
    }
  }
  return files.filter((f) => f.endsWith('.md'));
}

function markdownOperations(): [string, string][] {
  return markdownFiles().flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((m): [string, string] => {
      const line = text.slice(0, m.index).split('\n').length;
      return [`${relative(root, file)}:${line}`, m[1]!];
    });
  });
}

function clientOperations(): [string, string][] {
  const scenarios = buildScenarios({
    member: members[0]!,
    lookups: [{ kind: 'PHONE', value: '+66812345678' }],
    reports: ['TH-SYN-2023-000001'],
    screen: [{ kind: 'PHONE', value: '+66812345678' }],
    periods: [{ from: '2025-01-01', to: '2025-02-01' }],
    searchFilters: [null],
  });
  return [
    ...queriesOf(shared, 'gateway/web/src/shared/operations.ts'),
    ...queriesOf(dashboard, 'gateway/web/src/dashboard/queries.ts'),
    ...exampleTabs(members, new Date('2026-06-15T00:00:00Z')).map((tab, i): [string, string] => [
      `analyst IDE tab ${i + 1}`,
      tab.query,
    ]),
    ...Object.values(scenarios).map((s): [string, string] => [`bench scenario ${s.id}`, s.request(0).query]),
    ['scripts/start/exampleQuery.ts lookupQuery', startLookup],
    ['scripts/start/exampleQuery.ts exampleScreenQuery', exampleScreenQuery],
    ...markdownOperations(),
  ];
}

test('every client operation parses and validates against the supergraph API schema', () => {
  const schema = apiSchema();
  const operations = clientOperations();
  const problems = operations.flatMap(([where, query]) => {
    try {
      return validate(schema, parse(query)).map((e) => `${where}: ${e.message}`);
    } catch (e) {
      return [`${where}: ${(e as Error).message}`];
    }
  });
  assert.deepEqual(problems, []);
});

test('the operations are really collected: each client and the README contribute theirs', () => {
  const where = clientOperations().map(([w]) => w);
  for (const expected of [
    'gateway/web/src/shared/operations.ts lookupQuery',
    'gateway/web/src/dashboard/queries.ts regionQuery',
    'analyst IDE tab 6',
    'bench scenario lookup',
    'bench scenario screen',
    'scripts/start/exampleQuery.ts exampleScreenQuery',
  ])
    assert.ok(where.includes(expected), expected);
  assert.ok(where.filter((w) => w.startsWith('README.md:')).length >= 6, 'the README examples');
});

test('the cross-border lookup is written once: the dashboard, the IDE, the bench and npm start share it', () => {
  const tabs = exampleTabs(members, new Date('2026-06-15T00:00:00Z'));
  assert.equal(dashboard.lookupQuery, shared.lookupQuery);
  assert.equal(startLookup, shared.lookupQuery);
  assert.ok(tabs[0]!.query.endsWith(shared.lookupQuery));
  assert.equal(buildScenarioLookup(), shared.lookupQuery);
  assert.match(shared.lookupQuery, /\.\.\.SightingFields[\s\S]*fragment SightingFields on Sighting/);
});

function buildScenarioLookup(): string {
  return buildScenarios({
    member: members[0]!,
    lookups: [{ kind: 'PHONE', value: '+66812345678' }],
    reports: ['x'],
    screen: [],
    periods: [],
    searchFilters: [],
  }).lookup.request(0).query;
}

test('a renamed field is caught: the check fails on a selection the schema does not have', () => {
  const renamed = shared.lookupQuery.replace('reportCount', 'reportTotal');
  const errors = validate(apiSchema(), parse(renamed)).map((e) => e.message);
  assert.deepEqual(errors, ['Cannot query field "reportTotal" on type "Sighting". Did you mean "reportCount"?']);
});
