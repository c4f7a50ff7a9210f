import { generateRouterKey, generateTestKeys } from '@learngraph/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

const env = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/users',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_PRIVATE_KEY: generateTestKeys().privateKey,
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

  it('names a missing Redis URL and every invalid limit', () => {
    const { REDIS_URL: _redis, ...withoutRedis } = env;
    expect(() => readConfig(withoutRedis)).toThrow(/REDIS_URL is required/);
    expect(() =>
      readConfig({ ...env, SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '0', SIGN_IN_ADDRESS_WINDOW_SECONDS: 'soon' }),
    ).toThrow(/SIGN_IN_MAX_FAILURES_PER_ACCOUNT is invalid.*SIGN_IN_ADDRESS_WINDOW_SECONDS is invalid/);
  });
});
