import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, pem, port, postgresUrl, redisUrl } from '../src/index.js';

const shape = { PORT: port(4001), DATABASE_URL: postgresUrl(), REDIS_URL: redisUrl('redis://127.0.0.1:6379') };

describe('configuration', () => {
  it('reads valid values and applies defaults', () => {
    expect(loadConfig(shape, { DATABASE_URL: 'postgresql://u@h:5432/db', PORT: '4100' })).toEqual({
      PORT: 4100,
      DATABASE_URL: 'postgresql://u@h:5432/db',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
  });

  it('names every missing or invalid variable in one message', () => {
    const read = () => loadConfig(shape, { PORT: '70000', REDIS_URL: 'http://x' });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      /PORT is invalid.*DATABASE_URL is required.*REDIS_URL is invalid: expected a redis:\/\/ or rediss:\/\/ URL/,
    );
  });

  it('accepts PEM keys written on one line with \\n escapes', () => {
    const key = '-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA\\n-----END PUBLIC KEY-----';
    expect(loadConfig({ KEY: pem('PUBLIC KEY') }, { KEY: key }).KEY).toContain('\nMCowBQYDK2VwAyEA\n');
    expect(() => loadConfig({ KEY: pem('PUBLIC KEY') }, { KEY: 'secret' })).toThrow(
      /KEY is invalid: expected a PEM block/,
    );
  });
});
