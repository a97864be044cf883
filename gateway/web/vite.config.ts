/**
 * Builds the gateway's two browser pages into gateway/web/dist, which is committed: the gateway serves it
 * as static files (gateway/staticRoutes.ts), so `npm ci && npm start` and the production image (which has
 * no dev dependencies, hence no vite) need no build step. `npm run web:build` rewrites it; a test rebuilds
 * into a temporary folder and fails when the committed copy is stale.
 *
 * Everything is bundled locally (no CDN): the pages' Content-Security-Policy allows only 'self'.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { members } from '../../schema/registry.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // assets live under /web/assets/ whatever page loads them (/dashboard, /graphql)
  base: '/web/',
  logLevel: 'warn',
  // the analyst IDE's example queries name members' namespaces: taken from the registry, the one place a
  // country is named, at build time (the bundle check notices when the registry changes)
  define: {
    __MEMBERS__: JSON.stringify(members.map(({ code, ns, name }) => ({ code, ns, name }))),
  },
  // the pages' CSP has no 'unsafe-eval' and no data: sources: keep every asset a file
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // modern browsers only (ES modules, module workers): no polyfill, no legacy chunk
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // monaco-editor alone is over 2 MB; the limit is about the dashboard, which stays far below it
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React dependencies mark modules "use client" for server components; meaningless here
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        dashboard: fileURLToPath(new URL('dashboard.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  // GraphiQL's monaco workers are ES modules (STACK.md: vite needs worker format "es")
  worker: { format: 'es' },
});
