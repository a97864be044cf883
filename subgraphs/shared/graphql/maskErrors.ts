import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Apollo's `formatError` for every part: errors with a registered code pass with their message and safe
 * extensions; anything else is logged in full here and reaches the client as INTERNAL_SERVER_ERROR with no
 * stack, no SQL, no subgraph query.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // GraphQL Armor reports its limits, and the syntax errors its token counter meets first, as validation
    // errors: give each its own code
    const code = /limit of \d+ exceeded/.test(formatted.message)
      ? 'QUERY_TOO_COMPLEX'
      : formatted.message.startsWith('Syntax Error:')
        ? 'GRAPHQL_PARSE_FAILED'
        : formatted.extensions?.code;
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _s, exception: _e, query: _q, variables: _v, ...safe } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...safe, code } };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error (masked)');
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof serviceName === 'string' ? { serviceName } : {}) },
    };
  };
}
