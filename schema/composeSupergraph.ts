/**
 * Composes the rendered subgraphs into a supergraph with @apollo/composition. Hints fail it too: a hint
 * means the templates drifted (e.g. a value type differing between members), which would silently change
 * query plans.
 */
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphSdl } from './renderSubgraphs.js';

export class CompositionError extends Error {}

export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  const problems = [
    ...(result.errors ?? []).map((e) => `error: ${e.message}`),
    ...(result.hints ?? []).map((h) => `hint ${h.definition.code}: ${h.message}`),
  ];
  if (problems.length > 0 || !result.supergraphSdl) {
    throw new CompositionError(`composition failed:\n${problems.join('\n')}`);
  }
  return result.supergraphSdl;
}
