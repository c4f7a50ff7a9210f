/**
 * Next.js calls this once when the server starts. Reading the configuration here stops `next start` with a
 * message naming the wrong variable, instead of a server that is up but fails every page. The check lives in
 * a Node-only module: this file is also compiled for the Edge runtime, which has no `process.exit`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { exitOnInvalidConfig } = await import('./config-check');
    exitOnInvalidConfig();
  }
}
