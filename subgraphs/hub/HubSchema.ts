/**
 * The hub's schema, rebuilt when the member registry changes: the hub's SDL names every member (its
 * `@requires` selections read each member's part), so a member joining needs a new hub schema. Apollo
 * Server takes a changing schema only from a "gateway"; this is that interface over a local schema, with
 * no executor of its own (Apollo Server executes against the schema as usual). A schema that fails to
 * build is logged and the one in use keeps serving.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { onRegistryChange } from '../../schema/registry.js';
import { renderHubSdl } from '../../schema/renderSubgraphs.js';
import type { Logger } from '../../shared/logger.js';
import { buildResolvers } from './graphql/buildResolvers.js';

type SchemaContext = { apiSchema: GraphQLSchema; coreSupergraphSdl: string };

export class HubSchema {
  private readonly listeners = new Set<(context: SchemaContext) => void>();
  private context: SchemaContext = build();
  private readonly unsubscribe: () => void;

  constructor(private readonly logger: Logger) {
    this.unsubscribe = onRegistryChange(() => this.rebuild());
  }

  /** Builds the schema of the registry in use and hands it to Apollo Server. */
  rebuild(): void {
    try {
      this.context = build();
    } catch (err) {
      this.logger.error({ err }, 'hub schema for the new registry failed to build; keeping the one in use');
      throw err;
    }
    for (const listener of this.listeners) listener(this.context);
    this.logger.info('hub schema rebuilt for the registry in use');
  }

  onSchemaLoadOrUpdate(callback: (context: SchemaContext) => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async load(): Promise<{ executor: null }> {
    for (const listener of this.listeners) listener(this.context);
    return { executor: null };
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    this.listeners.clear();
  }
}

function build(): SchemaContext {
  const sdl = renderHubSdl();
  return {
    // the module-list form takes resolvers of any context, which the generated Resolvers<HubContext> are
    apiSchema: buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: buildResolvers() }]),
    coreSupergraphSdl: sdl,
  };
}
