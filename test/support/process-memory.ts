/** Resident memory of a process tree, read from /proc (Linux), for benchmarks. */
import { readFileSync, readdirSync } from 'node:fs';

/**
 * Resident memory (bytes) of the processes descending from `root` (not `root` itself),
 * those whose command line passes `include` when given.
 */
export function descendantRss(root: number, include?: (cmdline: string) => boolean): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const descends = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && descends(parents.get(pid)!));
  let total = 0;
  for (const pid of parents.keys()) {
    if (pid === root || !descends(pid)) continue;
    try {
      if (include && !include(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}
