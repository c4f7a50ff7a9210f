import { startRedisStandIn } from './index.js';

/**
 * Command line: `node dist/redis-stand-in/main.js [--port 6390] [--host 127.0.0.1]`. Prints one
 * line once it accepts connections, and stops cleanly on SIGINT or SIGTERM.
 */
async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const port = Number(option('port') ?? '6379');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a TCP port number, got ${option('port')}`);
  }
  const standIn = await startRedisStandIn({ host: option('host') ?? '127.0.0.1', port });
  console.log(`redis stand-in listening on ${standIn.url}`);
  const stop = () => {
    standIn.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
