import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from '../logger.js';
import { maskErrors } from './maskErrors.js';

/** What every subgraph's Apollo Server (each national node, the hub) is built with. */
export function subgraphServerOptions(logger: Logger) {
  return {
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (it closes the database too); many servers in one test process would
    // otherwise each add a listener
    stopOnTerminationSignals: false,
    plugins: [
      // no cache hints are used; the plugin would otherwise wrap every field resolver (10,000-entity batches)
      ApolloServerPluginCacheControlDisabled(),
      // traces are for Apollo's usage reporting, which this federation never sends
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  };
}
