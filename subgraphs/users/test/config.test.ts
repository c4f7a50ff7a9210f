import { generateRouterKey } from '@learngraph/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

const env = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/users',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SIGNING_KEY_SECRET: generateRouterKey(),
  ROUTER_SUBGRAPH_KEY: generateRouterKey(),
};

describe('users configuration', () => {
  it('limits sign-in to 10 failures per account and 50 attempts per address in 15 minutes by default', () => {
    expect(readConfig(env)).toMatchObject({
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: 10,
      SIGN_IN_ACCOUNT_WINDOW_SECONDS: 900,
      SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: 50,
      SIGN_IN_ADDRESS_WINDOW_SECONDS: 900,
      SIGN_IN_THROTTLE_TIMEOUT_MS: 500,
    });
  });

  it('signs access tokens for 15 minutes with OWASP argon2id by default, and needs a secret for the signing keys', () => {
    expect(readConfig(env)).toMatchObject({
      ACCESS_TOKEN_TTL_SECONDS: 900,
      ARGON2_MEMORY_KIB: 19_456,
      ARGON2_TIME_COST: 2,
      ARGON2_PARALLELISM: 1,
    });
    expect(() => readConfig({ ...env, SIGNING_KEY_SECRET: 'changeme' })).toThrow(/SIGNING_KEY_SECRET is invalid/);
  });

  it('names a missing Redis URL and every invalid limit', () => {
    const { REDIS_URL: _redis, ...withoutRedis } = env;
    expect(() => readConfig(withoutRedis)).toThrow(/REDIS_URL is required/);
    expect(() =>
      readConfig({ ...env, SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '0', SIGN_IN_ADDRESS_WINDOW_SECONDS: 'soon' }),
    ).toThrow(/SIGN_IN_MAX_FAILURES_PER_ACCOUNT is invalid.*SIGN_IN_ADDRESS_WINDOW_SECONDS is invalid/);
  });
});
