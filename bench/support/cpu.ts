import fs from 'node:fs';

// CPU seconds spent by a process (user + system), read from /proc, to show where a phase's work went
// on a small machine: this Node process (load generator + API + worker), the Temporal server, the database.

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return (utime + stime) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** The pid of a local process by its exact command name (e.g. mariadbd), or null. Read-only. */
export function findPid(...names: string[]): number | null {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (names.includes(comm)) return Number(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  return null;
}

/** Snapshots CPU seconds of several processes; `since()` gives each one's delta. */
export function cpuMeter(pids: Record<string, number | null | undefined>) {
  const start = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuSeconds(pid) : NaN]));
  return {
    since(): Record<string, number> {
      return Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuSeconds(pid) - start[k] : NaN]));
    },
  };
}
