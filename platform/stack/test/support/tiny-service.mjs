// @ts-check
/**
 * The smallest service the launcher can supervise: answers 200 on every path at `PORT`, and refuses to start
 * (exits 1) while the file named by `BROKEN_FLAG` exists.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';

if (process.env.BROKEN_FLAG && existsSync(process.env.BROKEN_FLAG)) process.exit(1);
createServer((_req, res) => res.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');
