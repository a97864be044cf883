/**
 * The dashboard's one way to the gateway: POST /graphql on the same origin, with the analyst's token when
 * one is set. Failures are sorted into what a person can act on: no or bad token, bad input, gateway down.
 */
import { authHeaders } from '../shared/token.js';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; serviceName?: string; [key: string]: unknown };
}

export type ProblemKind = 'auth' | 'input' | 'network' | 'server';

/** A request that produced no usable data, and why. */
export class GatewayProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'GatewayProblem';
  }
}

export interface Answer<T> {
  data: T;
  /** Errors that came with data, e.g. a member that did not answer: shown, not fatal. */
  errors: GraphQLErrorBody[];
}

const codeOf = (e: GraphQLErrorBody) => e.extensions?.code ?? '';

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GatewayProblem('network', 'The gateway did not answer: is it running?');
  }
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GatewayProblem('server', `The gateway answered HTTP ${res.status} without a GraphQL body.`, res.status);
  }
  const errors = body.errors ?? [];
  const auth = errors.find((e) => codeOf(e) === 'UNAUTHENTICATED' || codeOf(e) === 'FORBIDDEN');
  if (res.status === 401 || res.status === 403 || (auth && !body.data)) {
    const message = auth?.message ?? (res.status === 401 ? 'a token is required' : 'this token may not do that');
    throw new GatewayProblem('auth', message, res.status);
  }
  const input = errors.find((e) => codeOf(e) === 'BAD_USER_INPUT');
  if (input && !body.data) throw new GatewayProblem('input', input.message, res.status);
  if (!body.data) {
    const messages = errors.map((e) => e.message).join('; ') || `HTTP ${res.status}`;
    throw new GatewayProblem('server', messages, res.status);
  }
  return { data: body.data, errors };
}
