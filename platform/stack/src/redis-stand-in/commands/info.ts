import type { CommandSpec } from '../command.js';

/** The version the stand-in reports; its commands follow Redis 7.0. */
const REDIS_VERSION = '7.0.0';

const SECTIONS: Record<string, Record<string, string | number>> = {
  server: {
    redis_version: REDIS_VERSION,
    redis_mode: 'standalone',
    // How a test tells the stand-in from a real Redis behind the same URL.
    learngraph_redis_stand_in: 1,
  },
  // ioredis's ready check waits until `loading` reads 0.
  persistence: { loading: 0 },
};

/** INFO [section ...]: Redis's text format (`# Section` headers, `field:value` lines) for the two sections kept. */
export const infoCommand: CommandSpec = {
  name: 'info',
  arity: -1,
  run: (_, argv) => {
    const requested = argv.slice(1).map((name) => name.toLowerCase());
    const everything =
      requested.length === 0 || requested.some((name) => ['all', 'default', 'everything'].includes(name));
    return Object.entries(SECTIONS)
      .filter(([name]) => everything || requested.includes(name))
      .map(([name, fields]) => {
        const lines = Object.entries(fields).map(([field, value]) => `${field}:${value}\r\n`);
        return `# ${name[0]?.toUpperCase()}${name.slice(1)}\r\n${lines.join('')}`;
      })
      .join('\r\n');
  },
};
