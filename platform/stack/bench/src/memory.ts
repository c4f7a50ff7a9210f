import { readdir, readFile } from 'node:fs/promises';

/** The resident memory of a process and all its descendants (a service may run children: wrangler runs workerd). */
export async function treeRssBytes(rootPid: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    if (ppid) parents.set(Number(entry), Number(ppid));
    if (kilobytes) rss.set(Number(entry), Number(kilobytes) * 1024);
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid; current !== undefined && current > 1; current = parents.get(current)) {
      if (current === rootPid) return true;
    }
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

/** Each service's memory (its process tree's RSS), by name, from the pids a stack records. */
export async function serviceMemory(pids: Record<string, number>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(pids).map(async ([name, pid]) => [name, await treeRssBytes(pid)] as const),
  );
  return Object.fromEntries(entries);
}
