import { ConfigError } from '@learngraph/service-kit';
import { generateRouterKey } from '@learngraph/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

const env = { JWKS_URL: 'http://127.0.0.1:4002/.well-known/jwks.json', ROUTER_SUBGRAPH_KEY: generateRouterKey() };

describe('router configuration', () => {
  it("defaults to the repository's supergraph on port 4000", () => {
    const config = readConfig([], env);
    expect(config.PORT).toBe(4000);
    expect(config.supergraphPath).toMatch(/router\/supergraph\.graphql$/);
  });

  it('takes --port and --supergraph from the command line', () => {
    const config = readConfig(['--port', '4100', '--supergraph', 'api-schema.graphql'], env);
    expect(config.PORT).toBe(4100);
    expect(config.supergraphPath).toMatch(/api-schema\.graphql$/);
  });

  it('names the flag or variable at fault', () => {
    expect(() => readConfig(['--supergraph', 'missing.graphql'], env)).toThrow(
      /--supergraph .*missing\.graphql does not exist/,
    );
    expect(() => readConfig(['--port', 'eighty'], env)).toThrow(/PORT is invalid/);
    expect(() => readConfig(['--verbose'], env)).toThrow(ConfigError);
    expect(() => readConfig([], {})).toThrow(/JWKS_URL is required/);
  });

  it.each(['RESPONSE_CACHE', 'ENTITY_CACHE'])('refuses %s=true without REDIS_URL, and is off by default', (flag) => {
    expect(readConfig([], env)[flag as 'RESPONSE_CACHE' | 'ENTITY_CACHE']).toBe(false);
    expect(() => readConfig([], { ...env, [flag]: 'true' })).toThrow(
      `Invalid configuration: ${flag}=true needs REDIS_URL`,
    );
    expect(() => readConfig([], { ...env, [flag]: 'on' })).toThrow(`${flag} is invalid`);
  });

  it('trusts X-Forwarded-For unless told not to, and names the variable when it is neither true nor false', () => {
    expect(readConfig([], env).TRUST_FORWARDED_FOR).toBe(true);
    expect(readConfig([], { ...env, TRUST_FORWARDED_FOR: 'false' }).TRUST_FORWARDED_FOR).toBe(false);
    expect(() => readConfig([], { ...env, TRUST_FORWARDED_FOR: 'yes' })).toThrow(/TRUST_FORWARDED_FOR is invalid/);
  });

  it('limits partner apps per minute by tier, 60, 600 and 6,000 by default, and names a malformed list', () => {
    expect(readConfig([], env).partnerRateLimits).toEqual({ BASIC: 60, STANDARD: 600, PREMIUM: 6000 });
    expect(readConfig([], { ...env, PARTNER_RATE_LIMITS: 'BASIC=5' }).partnerRateLimits).toEqual({ BASIC: 5 });
    expect(() => readConfig([], { ...env, PARTNER_RATE_LIMITS: 'BASIC=lots' })).toThrow(
      /PARTNER_RATE_LIMITS is invalid/,
    );
    expect(() => readConfig([], { ...env, API_KEY_RESOLVE_URL: 'users' })).toThrow(/API_KEY_RESOLVE_URL is invalid/);
  });

  it('reads subgraph URL overrides by subgraph name', () => {
    const config = readConfig([], { ...env, SUBGRAPH_LEARNING_PATHS_URL: 'http://paths.internal/graphql' });
    expect(config.subgraphUrls).toEqual({ 'learning-paths': 'http://paths.internal/graphql' });
    expect(() => readConfig([], { ...env, SUBGRAPH_CATALOG_URL: 'not a url' })).toThrow(
      /SUBGRAPH_CATALOG_URL is not a URL/,
    );
  });

  it('limits queries by default, and reads each limit from its variable', () => {
    expect(readConfig([], env).limits).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxRootFields: 20,
      maxDirectives: 50,
      maxTokens: 1_000,
      maxSelections: 1_000,
      maxCost: 10_000,
    });
    const limits = readConfig([], { ...env, MAX_QUERY_DEPTH: '8', MAX_ALIASES: '5', MAX_SELECTIONS: '500' }).limits;
    expect(limits).toMatchObject({ maxDepth: 8, maxAliases: 5, maxSelections: 500 });
    expect(() => readConfig([], { ...env, MAX_SELECTIONS: '0' })).toThrow(/MAX_SELECTIONS is invalid/);
    expect(() => readConfig([], { ...env, MAX_TOKENS: 'many' })).toThrow(/MAX_TOKENS is invalid/);
  });

  it('turns introspection and field suggestions on only in development, unless told otherwise', () => {
    expect(readConfig([], env)).toMatchObject({ introspection: false, fieldSuggestions: false });
    expect(readConfig([], { ...env, NODE_ENV: 'production' })).toMatchObject({
      introspection: false,
      fieldSuggestions: false,
    });
    expect(readConfig([], { ...env, NODE_ENV: 'development' })).toMatchObject({
      introspection: true,
      fieldSuggestions: true,
    });
    expect(readConfig([], { ...env, NODE_ENV: 'development', INTROSPECTION: 'false' }).introspection).toBe(false);
    expect(readConfig([], { ...env, FIELD_SUGGESTIONS: 'true' }).fieldSuggestions).toBe(true);
    expect(() => readConfig([], { ...env, INTROSPECTION: 'yes' })).toThrow(/INTROSPECTION is invalid/);
  });
});
