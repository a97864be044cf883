/**
 * maskErrors decides an error's code from its type and extensions.code, never from its message: a caller
 * can put any text in a message (an operationName, a value), so text must not choose the code.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { pino } from 'pino';
import { maskErrors } from '../../shared/graphql/maskErrors.js';

function masker() {
  const logged: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  const mask = maskErrors(pino({ level: 'trace' }, sink));
  // as Apollo Server calls it: the formatted error (code defaulted to INTERNAL_SERVER_ERROR) and the error
  const format = (error: GraphQLError): GraphQLFormattedError => {
    const json = error.toJSON();
    return mask(
      { ...json, extensions: { ...json.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } },
      error,
    );
  };
  return { format, logged };
}

test('a message that reads like a limit or a syntax error does not choose the code', () => {
  const { format, logged } = masker();
  for (const message of ['limit of 1 exceeded', 'Syntax Error: Query Cost limit of 5 exceeded, found 9.']) {
    const coded = format(
      new GraphQLError(`The document has no operation named "${message}".`, {
        extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
      }),
    );
    assert.equal(coded.extensions?.code, 'OPERATION_RESOLUTION_FAILURE');
    // with no code at all, the same text is an unexpected error: masked, never QUERY_TOO_COMPLEX
    const uncoded = format(new GraphQLError(message));
    assert.equal(uncoded.extensions?.code, 'INTERNAL_SERVER_ERROR');
    assert.equal(uncoded.message, 'Internal server error');
  }
  assert.equal(logged.filter((l) => l.level >= 50).length, 2);
});

test('the innermost registered code wins over the wrapper Apollo Server adds', () => {
  const { format } = masker();
  // a validation rule's report, wrapped by Apollo as a ValidationError
  const limit = new GraphQLError('Aliases limit of 15 exceeded, found 20.', {
    extensions: { code: 'QUERY_TOO_COMPLEX' },
  });
  const wrapped = new GraphQLError(limit.message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    originalError: limit,
  });
  const formatted = format(wrapped);
  assert.equal(formatted.extensions?.code, 'QUERY_TOO_COMPLEX');
  assert.doesNotMatch(formatted.message, /Syntax Error/);
  // a scalar's refusal inside graphql-js's "Expected value of type" error
  const scalar = new GraphQLError('Date must be a calendar day', { extensions: { code: 'BAD_USER_INPUT' } });
  const literal = new GraphQLError('Expected value of type "Date!", found "2025-02-30"; Date must be …', {
    originalError: scalar,
  });
  assert.equal(
    format(
      new GraphQLError(literal.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, originalError: literal }),
    ).extensions?.code,
    'BAD_USER_INPUT',
  );
});

test('a client error is passed without internals and not logged at error level', () => {
  const { format, logged } = masker();
  const formatted = format(
    new GraphQLError('bad cursor', {
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'], query: 'q', variables: {} },
    }),
  );
  assert.deepEqual(formatted.extensions, { code: 'BAD_USER_INPUT' });
  assert.equal(logged.length, 0);
});

test('an error with no code that Apollo answers 4xx is BAD_REQUEST; with no status it is masked', () => {
  const { format, logged } = masker();
  const apq = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400 } } });
  assert.equal(format(apq).extensions?.code, 'BAD_REQUEST');
  const crash = new GraphQLError('SQLITE_BUSY: database is locked', { originalError: new Error('SQLITE_BUSY') });
  const masked = format(crash);
  assert.equal(masked.extensions?.code, 'INTERNAL_SERVER_ERROR');
  assert.doesNotMatch(JSON.stringify(masked), /SQLITE/);
  assert.equal(logged.filter((l) => l.level >= 50).length, 1);
});

test('unregistered codes and INTERNAL_SERVER_ERROR are masked, serviceName kept', () => {
  const { format } = masker();
  for (const code of ['SOMETHING_ELSE', 'INTERNAL_SERVER_ERROR']) {
    const formatted = format(new GraphQLError('node internals here', { extensions: { code, serviceName: 'tha' } }));
    assert.deepEqual(formatted.extensions, { code: 'INTERNAL_SERVER_ERROR', serviceName: 'tha' });
    assert.equal(formatted.message, 'Internal server error');
  }
});
