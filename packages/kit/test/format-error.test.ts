import { GraphQLError } from 'graphql';
import pino from 'pino';
import { notFound } from '../src/errors/graphql-errors';
import { createErrorFormatter } from '../src/server/format-error';

const logged: unknown[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
const format = createErrorFormatter(logger);

describe('error formatting', () => {
  it('passes coded errors through without a stack trace', () => {
    const error = notFound('Service', 'x');
    const formatted = format({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at …'] } }, error);
    expect(formatted).toEqual({ message: 'Service x not found', extensions: { code: 'NOT_FOUND', entity: 'Service' } });
  });

  it('replaces an unexpected error by a generic one and logs the original', () => {
    const original = new Error('relation "users" does not exist; SNILS 112-233-445 95');
    const formatted = format({ message: original.message, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, original);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['me'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toMatch(/users|SNILS/);
    expect(logged.length).toBe(1);
  });

  it('treats an error with an unknown code as unexpected', () => {
    const error = new GraphQLError('secret detail', { extensions: { code: 'WHATEVER' } });
    expect(format({ message: error.message, extensions: error.extensions }, error).message).toBe('Internal server error');
  });
});
