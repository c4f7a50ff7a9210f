import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../src/config';
import { freePort } from './support/free-port';
import { exited, spawnNext, stopProcess } from './support/web-server';

describe('configuration', () => {
  it('defaults to the router on 127.0.0.1:4000, a five-second timeout and the local edge as the site', () => {
    expect(loadConfig({})).toEqual({
      routerUrl: 'http://127.0.0.1:4000/graphql',
      routerTimeoutMs: 5000,
      siteUrl: 'http://127.0.0.1:8787',
      viewKeySecret: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // made up per process when unset: two processes count views under different keys
    expect(loadConfig({}).viewKeySecret).not.toBe(loadConfig({}).viewKeySecret);
  });

  it('takes a view key secret of 32 characters or more, naming the variable otherwise', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({ VIEW_KEY_SECRET: secret }).viewKeySecret).toBe(secret);
    expect(() => loadConfig({ VIEW_KEY_SECRET: 'short' })).toThrow('VIEW_KEY_SECRET must be at least 32 characters');
  });

  it('takes the site origin without a trailing slash and rejects a path or another scheme', () => {
    expect(loadConfig({ SITE_URL: 'https://learn.example.org/' }).siteUrl).toBe('https://learn.example.org');
    for (const url of ['https://learn.example.org/web', 'ftp://learn.example.org', 'learn.example.org']) {
      expect(() => loadConfig({ SITE_URL: url })).toThrow(/SITE_URL must be an http\(s\) origin/);
    }
  });

  it('accepts any http(s) router URL', () => {
    expect(loadConfig({ ROUTER_URL: 'https://router.internal/graphql' }).routerUrl).toBe(
      'https://router.internal/graphql',
    );
  });

  it.each(['ftp://router/graphql', 'router:4000', 'not a url'])('rejects ROUTER_URL=%s naming the variable', (url) => {
    expect(() => loadConfig({ ROUTER_URL: url })).toThrow(/ROUTER_URL must be an http\(s\) URL/);
  });

  it.each(['0', '-5', 'soon'])('rejects ROUTER_TIMEOUT_MS=%s naming the variable', (timeout) => {
    expect(() => loadConfig({ ROUTER_TIMEOUT_MS: timeout })).toThrow(/ROUTER_TIMEOUT_MS must be a positive/);
  });

  it('stops next start with a message naming ROUTER_URL when it is not an http(s) URL', async () => {
    const port = String(await freePort());
    const child = spawnNext(['start', '--hostname', '127.0.0.1', '--port', port], { ROUTER_URL: 'ftp://router' });
    // should it keep running instead of exiting, the test fails on its time-out and this still ends it
    onTestFinished(() => stopProcess(child));
    expect(await exited(child)).toBe(1);
    expect(child.output()).toContain('ROUTER_URL must be an http(s) URL');
  });
});
