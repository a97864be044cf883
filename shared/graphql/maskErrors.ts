import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode, type ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * The registered code of an error, from its type and `extensions.code` only, never from its message: a
 * message can carry the caller's own text (an operationName, a value), so matching it would let a caller
 * choose its error's code (issue 9: an operationName "limit of 1 exceeded" became QUERY_TOO_COMPLEX).
 *
 * Apollo Server wraps errors (a validation rule's report becomes a ValidationError whose `originalError` is
 * the report; a scalar's BAD_USER_INPUT sits inside graphql-js's "Expected value of type" error). The
 * innermost registered code is the most specific one, so it wins; INTERNAL_SERVER_ERROR never passes.
 * An error with no code that Apollo answers with a 4xx status is the client's malformed request.
 */
export function errorCodeOf(formatted: GraphQLFormattedError, error: unknown): ErrorCode | undefined {
  // Apollo Server fills a missing code with INTERNAL_SERVER_ERROR: that says nothing, look further
  const known = (c: unknown): c is ErrorCode => isErrorCode(c) && c !== 'INTERNAL_SERVER_ERROR';
  let code: ErrorCode | undefined = known(formatted.extensions?.code) ? formatted.extensions.code : undefined;
  const seen = new Set<unknown>();
  for (let e: unknown = error; e instanceof GraphQLError && !seen.has(e); e = e.originalError) {
    seen.add(e);
    if (known(e.extensions.code)) code = e.extensions.code;
  }
  // Apollo Server refuses some malformed requests (a persisted query's version or hash) with an HTTP 4xx
  // status and no code: a request the client got wrong
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: unknown })?.status : undefined;
  return code ?? (typeof status === 'number' && status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined);
}

/**
 * Apollo's `formatError` for every part: errors with a registered code pass with their message and safe
 * extensions (a client's mistake is not a server fault and is not logged as one); anything else is logged
 * in full here and reaches the client as INTERNAL_SERVER_ERROR with no stack, no SQL, no subgraph query.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = errorCodeOf(formatted, error);
    if (code) {
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
