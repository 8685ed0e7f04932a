import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_QUERY, GRAPHQL_FILE_CANDIDATES, repositoriesQuery } from '@/lib/github/graphql-gatherer';

// GitHub's published schema: a query that names a field GitHub lacks fails here, not for a user with a token.
describe("pyvet's GraphQL queries against GitHub's schema", () => {
  it('the account query is valid', () => {
    expect(validate(ACCOUNT_QUERY).map((error) => error.message)).toEqual([]);
  });

  it('the repositories query is valid for one and for five repositories', () => {
    for (const count of [1, 5]) expect(validate(repositoriesQuery(count)).map((error) => error.message)).toEqual([]);
  });

  it('would catch a field GitHub lacks', () => {
    expect(validate(ACCOUNT_QUERY.replace('avatarUrl', 'avatarLink'))).not.toEqual([]);
  });

  it('asks each file once', () => {
    expect(new Set(GRAPHQL_FILE_CANDIDATES).size).toBe(GRAPHQL_FILE_CANDIDATES.length);
  });
});
