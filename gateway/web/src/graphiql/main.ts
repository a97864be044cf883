/**
 * The analyst IDE served at GET /graphql to browsers: GraphiQL bundled locally (monaco and its workers
 * included, no CDN), preloaded with the federation's example queries, and the headers editor open with an
 * Authorization header to paste a token into. A token saved on the dashboard is filled in; a token typed
 * here is saved for the dashboard too, and the schema is fetched again with it.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { createElement, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { readToken, saveToken } from '../shared/token.js';
import { exampleTabs, type RegistryMember } from './examples.js';
import { gatewayFetcher, tokenPlaceholder } from './fetcher.js';

declare const __MEMBERS__: RegistryMember[];

const headersFor = (token: string) => JSON.stringify({ Authorization: `Bearer ${token || tokenPlaceholder}` }, null, 2);

/** The bearer token in the headers editor's text, if it holds a real one. */
function tokenIn(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const value = Object.entries(parsed).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    if (typeof value !== 'string' || value.includes(tokenPlaceholder)) return null;
    return /^Bearer\s+(\S+)$/i.exec(value.trim())?.[1] ?? null;
  } catch {
    return null; // half-typed JSON: wait for the next edit
  }
}

const initialToken = readToken();
const headers = headersFor(initialToken);
const tabs = exampleTabs(__MEMBERS__, new Date()).map((tab) => ({ ...tab, headers }));
// GraphiQL 5 fills the first tab's query from defaultTabs but not its variables: give them on a first
// visit (later visits restore GraphiQL's own saved tabs, which must not get extra ones)
const firstVisit = (() => {
  try {
    return localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true;
  }
})();

/** How long the headers editor must rest before a token in it is adopted (not on every keystroke). */
const SETTLE_MS = 600;

function AnalystIde() {
  const [token, setToken] = useState(initialToken);
  const fetcher = useMemo(() => gatewayFetcher(token), [token]);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const adopt = (text: string) => {
    const typed = tokenIn(text);
    if (typed && typed !== token) {
      saveToken(typed);
      setToken(typed); // a new fetcher: GraphiQL fetches the schema again, now with the token
    }
  };
  return createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    defaultHeaders: headers,
    ...(firstVisit ? { initialVariables: tabs[0]?.variables ?? '' } : {}),
    defaultEditorToolsVisibility: 'headers',
    onEditHeaders: (text: string) => {
      clearTimeout(settle.current);
      settle.current = setTimeout(() => adopt(text), SETTLE_MS);
    },
  });
}

createRoot(document.getElementById('graphiql')!).render(createElement(AnalystIde));
