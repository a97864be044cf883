// Lint enforces the house boundaries: national, hub and gateway never import each other (they share only
// shared and schema), source never imports tests, the tools stay outside the product (nothing
// imports bench/, product code never imports scripts/), and there are no import cycles; the zones are
// tested (test/lint/importZones.test.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const rooms = ['subgraphs/national', 'subgraphs/hub', 'gateway'];
const boundaryZones = rooms.flatMap((target) =>
  rooms
    .filter((from) => from !== target)
    .map((from) => ({
      target: `./${target}`,
      from: `./${from}`,
      message: `${target} must not import ${from}: the three rooms share only shared and schema.`,
    })),
);
const sourceDirs = ['schema', 'shared', 'subgraphs', 'gateway', 'keying', 'scripts'];
// The keying service holds the OPRF key: no room may import it (nodes must not be able to key without it),
// and it stands on shared code only.
const keyingZones = [
  ...rooms.map((room) => ({
    target: `./${room}`,
    from: './keying',
    message: `${room} must not import keying/: the key stays in the keying service; key through its HTTP API.`,
  })),
  {
    target: './keying',
    from: rooms.map((r) => `./${r}`),
    message: 'keying/ imports only shared and schema.',
  },
];

// The tools (issue 14): bench/ measures everything and may import anything (the rooms, scripts' process
// group, the test federation), so nothing may import it, not even scripts/. scripts/ runs the product
// (npm start, tokens, keys, docker-compose) and may import the rooms, but the product never imports a
// script: what a room needs at run time belongs to the room or to shared.
const productDirs = ['schema', 'shared', 'subgraphs', 'gateway', 'keying'];
const toolZones = [
  {
    target: [...productDirs, 'scripts'].map((d) => `./${d}`),
    from: './bench',
    message: 'nothing imports bench/: it is a tool that measures the product; move what both need into the product.',
  },
  {
    target: productDirs.map((d) => `./${d}`),
    from: './scripts',
    message: 'product code must not import scripts/: move what it needs into its room or shared.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'dist/**',
      'test-output/**',
      'gateway/web/dist/**',
      '**/__generated__/**',
      'bench/.hive/**',
      'bench/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...boundaryZones,
            ...keyingZones,
            ...toolZones,
            ...sourceDirs.map((dir) => ({
              target: `./${dir}`,
              from: './test',
              message: 'source must never import tests',
            })),
            {
              target: './shared',
              from: [...rooms.map((r) => `./${r}`), './keying'],
              message: 'shared must not depend on a room',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
