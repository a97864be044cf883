/**
 * The one registry of error codes. Every error a client can see carries one of these codes in
 * `extensions.code`; anything else is an unexpected error, masked at the edge and logged in full inside.
 */
import { GraphQLError } from 'graphql';

export const errorCodes = {
  BAD_USER_INPUT: 'An argument is invalid; the message names the field and why.',
  NOT_FOUND: 'The object asked for does not exist on this node.',
  UNAUTHENTICATED: 'The request carries no valid token (missing, forged, expired or for another audience).',
  FORBIDDEN: "The caller's token is valid but its role or member may not do this.",
  SUBGRAPH_UNAVAILABLE: 'A member node or the hub did not answer (down, timed out or failing); its fields are null.',
  QUERY_TOO_COMPLEX: 'The query exceeds a limit (depth, cost, aliases, tokens, directives or body size).',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not match the schema (including an operation type it does not have).',
  OPERATION_RESOLUTION_FAILURE:
    'The operationName names no operation of the document, or the document has several and names none.',
  PERSISTED_QUERY_NOT_FOUND: 'A persisted query hash was sent without its query.',
  BAD_REQUEST: 'The HTTP request is malformed (method, content type, body).',
  RATE_LIMITED:
    'The caller used up its budget (e.g. indicator keyings per hour); extensions.retryAfterSeconds says when to retry.',
  INTERNAL_SERVER_ERROR: 'Something unexpected failed; details are in the server log, not in the response.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorCodes, code);
}

/** A user-facing error with a registered code; `details` land in extensions (never internals). */
export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

/**
 * A client's mistake refused before execution (a plugin hook, a limit): a registered code and an HTTP 4xx
 * status that Apollo Server applies to the response (it drops `extensions.http` from the body).
 */
export function requestError(code: ErrorCode, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** For states the code makes impossible: fails loudly, is masked at the edge. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violation: ${message}`);
}
