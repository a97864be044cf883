/**
 * What the gateway checks in a request before planning it, so that every client mistake is a 4xx with a
 * registered code and every limit holds per request (issue 9, items 4 and 8):
 *
 * - GraphQL Armor's depth, cost, alias and directive limits report QUERY_TOO_COMPLEX (Armor's own Apollo
 *   wiring reports them as "Syntax Error: …" with whatever code Apollo puts on validation errors).
 * - The token limit is counted on the lexer before Apollo Server parses (`refuseDocument`, called by the
 *   HTTP layer). Armor's Apollo token plugin parses in `parsingDidStart`, where any throw, a plain syntax
 *   error included, becomes an HTTP 500; so would a throw from any hook before parsing.
 * - An operation that cannot be resolved (unknown operationName, several operations and no name) and an
 *   operation type the schema lacks (`mutation`) are refused here; @apollo/gateway would throw a plain
 *   Error for them, answered 500.
 * - Screened items (indicators looked up, `screen` list items) are summed over the whole operation,
 *   however they are spread over aliases and fields, literals and variables.
 * - List sizes given as variables (`first: $n`) count in the cost exactly as literals do: Armor only sees
 *   the document, so the cost is computed again on the document with the variables' values written in.
 * - The custom scalars (Date, DateTime, Decimal) validate at the gateway with the subgraphs' own parsers:
 *   the supergraph only knows their names, so a bad date would otherwise reach all eleven members and come
 *   back as eleven refusals.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  isScalarType,
  validate,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { requestError, userError } from '../shared/errors.js';
import type { DocumentRefusal } from '../shared/http/createHttpServer.js';
import { scalarResolvers } from '../shared/graphql/scalars.js';
import type { QueryLimits } from './config.js';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** Root fields that screen indicators, and the argument holding the list (null: one item per field). */
const screeningFields: Readonly<Record<string, string | null>> = {
  screen: 'indicators',
  indicator: null,
  indicatorById: null,
};

/** Armor reports into the validation context: with a registered code, and without its "Syntax Error". */
function limitReached(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(userError('QUERY_TOO_COMPLEX', error.message.replace(/^Syntax Error: /, '')));
}

function armorConfig(limits: QueryLimits, production: boolean): GraphQLArmorConfig {
  const reject = { propagateOnRejection: false, onReject: [limitReached] };
  return {
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...reject },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...reject },
    maxAliases: { n: limits.maxAliases, ...reject },
    maxDirectives: { n: limits.maxDirectives, ...reject },
    // counted before parsing, below
    maxTokens: { enabled: false },
    // field suggestions (schema probing) off in production
    blockFieldSuggestion: { enabled: production },
  };
}

function tooManyTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) return true;
  } catch {
    // a syntax error: the parser reports it, with its location, as GRAPHQL_PARSE_FAILED
  }
  return false;
}

type Variables = Readonly<Record<string, unknown>>;

/** A variable's value as sent, or its default from the operation. */
function variableValue(name: string, operation: OperationDefinitionNode, variables: Variables): unknown {
  if (Object.hasOwn(variables, name)) return variables[name];
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
  const fallback = definition?.defaultValue;
  if (fallback?.kind === Kind.LIST) return fallback.values;
  if (fallback?.kind === Kind.INT) return Number(fallback.value);
  return fallback ? 1 : undefined;
}

function listSize(value: ValueNode, operation: OperationDefinitionNode, variables: Variables): number {
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.NULL) return 0;
  if (value.kind !== Kind.VARIABLE) return 1; // a single item is coerced to a list of one
  const sent = variableValue(value.name.value, operation, variables);
  return Array.isArray(sent) ? sent.length : sent == null ? 0 : 1;
}

/** Items screened by the operation's root fields, through aliases and fragments. */
export function screenedItems(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const visited = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let items = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) items += count(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        if (fragment && !visited.has(fragment.name.value)) {
          visited.add(fragment.name.value);
          items += count(fragment.selectionSet);
        }
      } else if (Object.hasOwn(screeningFields, sel.name.value)) {
        const listArgument = screeningFields[sel.name.value];
        const list = sel.arguments?.find((a) => a.name.value === listArgument);
        items += listArgument === null ? 1 : list ? listSize(list.value, operation, variables) : 0;
      }
    }
    return items;
  };
  return operation.operation === 'query' ? count(operation.selectionSet) : 0;
}

/**
 * The operation (with the fragments) with its `first`/`last` variables replaced by their values, or null
 * when it has none to replace.
 */
export function withListSizesWritten(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): DocumentNode | null {
  if (!operation.variableDefinitions?.length) return null;
  const own: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  let written = false;
  const result = visit(own, {
    Argument(node: ArgumentNode) {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE) return;
      const value = variableValue(node.value.name.value, operation, variables);
      if (typeof value !== 'number' || !Number.isInteger(value)) return;
      written = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return written ? result : null;
}

/** Gives the gateway's copies of the custom scalars the subgraphs' validation (they are names only). */
function validateScalarsAtTheEdge(schema: GraphQLSchema): void {
  for (const scalar of Object.values(scalarResolvers)) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type) || type === scalar) continue;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}

export interface RequestLimits<TContext extends BaseContext> {
  readonly validationRules: ValidationRule[];
  readonly plugins: ApolloServerPlugin<TContext>[];
  /** For createHttpServer: the token limit, before parsing. */
  readonly refuseDocument: (query: string) => DocumentRefusal | null;
}

export function requestLimits<TContext extends BaseContext>(
  limits: QueryLimits,
  production: boolean,
): RequestLimits<TContext> {
  const armor = new ApolloArmor(armorConfig(limits, production)).protect();
  const costOnly = new ApolloArmor({
    costLimit: armorConfig(limits, production).costLimit,
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;

  const plugin: ApolloServerPlugin<TContext> = {
    async serverWillStart() {
      return { schemaDidLoadOrUpdate: ({ apiSchema }) => validateScalarsAtTheEdge(apiSchema) };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, request, schema, document }) {
          if (!operation) {
            throw requestError(
              'OPERATION_RESOLUTION_FAILURE',
              request.operationName
                ? `The document has no operation named ${JSON.stringify(request.operationName)}.`
                : 'The document has several operations: name the one to run in operationName.',
            );
          }
          if (!schema.getRootType(operation.operation)) {
            throw requestError(
              'GRAPHQL_VALIDATION_FAILED',
              `This API has no ${operation.operation} operations; it answers queries only.`,
            );
          }
          const variables = request.variables ?? {};
          const items = screenedItems(document, operation, variables);
          if (items > limits.maxScreenItems) {
            throw requestError(
              'QUERY_TOO_COMPLEX',
              `Screened items limit of ${limits.maxScreenItems} per request exceeded, found ${items}` +
                ` in ${operationName ?? 'the operation'} (all aliases and fields together).`,
            );
          }
          const written = withListSizesWritten(document, operation, variables);
          const costErrors = written ? validate(schema, written, costOnly) : [];
          if (costErrors.length) throw requestError('QUERY_TOO_COMPLEX', costErrors[0]!.message);
        },
      };
    },
  };
  const refuseDocument = (query: string): DocumentRefusal | null =>
    tooManyTokens(query, limits.maxTokens)
      ? { status: 400, code: 'QUERY_TOO_COMPLEX', message: `Token limit of ${limits.maxTokens} exceeded.` }
      : null;
  return {
    refuseDocument,
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as ApolloServerPlugin<TContext>[]), plugin],
  };
}
