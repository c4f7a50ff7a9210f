/**
 * How tests start the machine's Chromium headless (Debian's `chromium`, or `CHROMIUM_PATH`), with everything that
 * would reach the network turned off: this machine's closed network refuses those connections. Pass it to
 * playwright-core's `chromium.launch`.
 * @example const browser = await chromium.launch(chromiumLaunchOptions());
 */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
