"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.cpuSeconds = cpuSeconds;
exports.findPid = findPid;
exports.cpuMeter = cpuMeter;
const node_fs_1 = __importDefault(require("node:fs"));
// CPU seconds spent by a process (user + system), read from /proc, to show where a phase's work went
// on a small machine: this Node process (load generator + API + worker), the Temporal server, the database.
const TICKS_PER_SECOND = 100; // USER_HZ on Linux
function cpuSeconds(pid) {
    try {
        const stat = node_fs_1.default.readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name, which is in parentheses and may contain spaces.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const utime = Number(fields[11]);
        const stime = Number(fields[12]);
        return (utime + stime) / TICKS_PER_SECOND;
    }
    catch {
        return NaN;
    }
}
/** The pid of a local process by its exact command name (e.g. mariadbd), or null. Read-only. */
function findPid(...names) {
    for (const entry of node_fs_1.default.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const comm = node_fs_1.default.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
            if (names.includes(comm))
                return Number(entry);
        }
        catch {
            // the process ended meanwhile
        }
    }
    return null;
}
/** Snapshots CPU seconds of several processes; `since()` gives each one's delta. */
function cpuMeter(pids) {
    const start = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuSeconds(pid) : NaN]));
    return {
        since() {
            return Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, pid ? cpuSeconds(pid) - start[k] : NaN]));
        },
    };
}
//# sourceMappingURL=cpu.js.map