import { buildSchema } from 'graphql';
import { allow, fieldsWithoutRule, isAuthenticated } from '../src';

const schema = buildSchema(/* GraphQL */ `
  type Query { me: User, open: String, _service: _Service! }
  type Mutation { change: String }
  type User { id: ID!, name: String, secret: String }
  type Public { a: String, b: String }
  type _Service { sdl: String }
`);

describe('fieldsWithoutRule', () => {
  it('lists each field that has neither its own rule, nor a type-wide one, nor "*"', () => {
    expect(fieldsWithoutRule(schema, { Query: { me: isAuthenticated }, User: { id: allow, name: isAuthenticated } })).toEqual([
      'Mutation.change',
      'Public.a',
      'Public.b',
      'Query.open',
      'User.secret',
    ]);
  });

  it('counts the kit federation rules and whole-type rules as covered', () => {
    expect(fieldsWithoutRule(schema, { Query: { me: isAuthenticated, open: allow }, Mutation: { '*': isAuthenticated }, User: allow, Public: allow })).toEqual([]);
  });
});
