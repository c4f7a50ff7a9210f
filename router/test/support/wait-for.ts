/**
 * Polls `condition` every 50 ms until it holds, failing after `timeoutMs`: tests wait for what they can
 * observe, never for a fixed time.
 *
 * @example
 * await waitFor(async () => (await fetch(`${url}/health`)).status === 200);
 */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
