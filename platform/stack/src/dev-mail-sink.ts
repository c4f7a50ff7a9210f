import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger, createRedis, startStreamConsumer } from '@learngraph/service-kit';
import { devMailFor, formatDevMail } from './dev-mail.js';
import type { Logger } from './output.js';

export interface DevMailSinkOptions {
  redisUrl: string;
  /** The users subgraph's event stream (its `USERS_EVENTS_STREAM`). */
  stream: string;
  /** The folder the emails go to: `<data dir>/mail`. */
  mailDir: string;
  /** The public URL of the site, for the links in the emails. */
  siteUrl: string;
  logLevel: string;
  log: Logger;
}

/**
 * The local install's mailer: there is no mail server on a developer's machine, so every email the users
 * subgraph asks for (its outbox events, read from the users stream in the consumer group `dev-mail-sink`) is
 * written as a text file into `mailDir`, named `<time>-<event id>.txt`, where whoever signed up opens the link.
 * It exists only in `pnpm start`: production runs a real mailer, and no service ever logs a token.
 *
 * @example
 * const sink = startDevMailSink({ redisUrl, stream: 'learngraph:users:events', mailDir, siteUrl, logLevel, log });
 * await sink.stop();
 */
export async function startDevMailSink(options: DevMailSinkOptions): Promise<{ stop(): Promise<void> }> {
  const { redisUrl, stream, mailDir, siteUrl, logLevel, log } = options;
  await mkdir(mailDir, { recursive: true });
  const logger = createLogger('dev-mail-sink', logLevel);
  const redis = createRedis(redisUrl, logger, 'dev-mail-sink');
  const consumer = startStreamConsumer({
    redis,
    stream,
    group: 'dev-mail-sink',
    consumer: 'stack',
    deadLetterStream: `${stream}:dev-mail-sink:dead-letter`,
    logger,
    handle: async (event) => {
      const mail = devMailFor(event, siteUrl);
      if (!mail) return;
      const file = join(mailDir, `${event.occurredAt.replaceAll(':', '-')}-${event.id}.txt`);
      // the same name for a redelivered event: written again, never twice
      await writeFile(file, formatDevMail(mail));
      log.info(`mail to ${mail.to}: ${file}`);
    },
  });
  return {
    async stop() {
      await consumer.stop();
      redis.disconnect();
    },
  };
}
