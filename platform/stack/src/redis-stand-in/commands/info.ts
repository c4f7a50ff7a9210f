import { randomBytes } from 'node:crypto';
import { arch, release, type } from 'node:os';
import type { CommandSpec } from '../command.js';
import type { ServerState } from '../server-state.js';

/** The version the stand-in reports; its commands follow Redis 7.0. */
export const REDIS_VERSION = '7.0.0';

const RUN_ID = randomBytes(20).toString('hex');

type Section = (server: ServerState) => Record<string, string | number>;

const SECTIONS: Record<string, Section> = {
  server: (server) => {
    const uptime = Math.floor((Date.now() - server.stats.startedAt) / 1000);
    return {
      redis_version: REDIS_VERSION,
      redis_git_sha1: '00000000',
      redis_git_dirty: 0,
      redis_mode: 'standalone',
      // How a test tells the stand-in from a real Redis behind the same URL.
      learngraph_redis_stand_in: 1,
      os: `${type()} ${release()} ${arch()}`,
      arch_bits: 64,
      process_id: process.pid,
      run_id: RUN_ID,
      tcp_port: server.address.port,
      server_time_usec: Date.now() * 1000,
      uptime_in_seconds: uptime,
      uptime_in_days: Math.floor(uptime / 86400),
      hz: 10,
    };
  },
  clients: (server) => ({ connected_clients: server.clients.size, blocked_clients: server.blocking.blockedClients }),
  memory: () => {
    const used = process.memoryUsage().heapUsed;
    return {
      used_memory: used,
      used_memory_human: `${(used / 1024 / 1024).toFixed(2)}M`,
      maxmemory: 0,
      maxmemory_policy: 'noeviction',
    };
  },
  // ioredis waits until `loading` reads 0 before it reports a connection ready.
  persistence: () => ({ loading: 0, async_loading: 0, rdb_changes_since_last_save: 0, aof_enabled: 0 }),
  stats: (server) => ({
    total_connections_received: server.stats.connectionsReceived,
    total_commands_processed: server.stats.commandsProcessed,
  }),
  replication: () => ({ role: 'master', connected_slaves: 0 }),
  keyspace: (server) => {
    const lines: Record<string, string> = {};
    for (const db of server.databases) {
      if (db.size > 0) lines[`db${db.index}`] = `keys=${db.size},expires=${db.expiringKeys},avg_ttl=0`;
    }
    return lines;
  },
};

function render(server: ServerState, names: readonly string[]): string {
  return names
    .map((name) => {
      const fields = Object.entries(SECTIONS[name]?.(server) ?? {}).map(([field, value]) => `${field}:${value}\r\n`);
      return `# ${name[0]?.toUpperCase()}${name.slice(1)}\r\n${fields.join('')}`;
    })
    .join('\r\n');
}

/** INFO [section ...]: Redis's text format (`# Section` headers, `field:value` lines) for the sections kept. */
export const infoCommand: CommandSpec = {
  name: 'info',
  arity: -1,
  flags: 'loading stale',
  run: ({ server }, argv) => {
    const requested = argv.slice(1).map((name) => name.toLowerCase());
    const everything =
      requested.length === 0 || requested.some((name) => ['all', 'default', 'everything'].includes(name));
    const names = Object.keys(SECTIONS).filter((name) => everything || requested.includes(name));
    return render(server, names);
  },
};
