import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../db/seed';
import { productionConfig } from '../../deploy/production/manager';
import { cpuSeconds } from './cpu';

// What the benches that run against `npm run production:local` share (bench/productionShape.ts,
// bench/provinceDay.ts): the shape's state and demo keys, logging in as a demo user, and the CPU seconds
// of each kind of process in it.

export interface ShapeState {
  status: string;
  base: string;
  processes: Record<string, { pid: number }>;
}

/** The running shape: its state (refused unless it is ready), its configuration and the demo systems' API keys. */
export function runningShape(): { state: ShapeState; config: ReturnType<typeof productionConfig>; keys: Record<string, string> } {
  const config = productionConfig();
  const stateFile = path.resolve(config.DATA_DIR, 'production', 'state.json');
  if (!fs.existsSync(stateFile)) throw new Error(`no production shape here (${stateFile}): start it with \`npm run production:local\``);
  const state: ShapeState = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
  if (state.status !== 'ready') throw new Error(`the production shape is ${state.status} (${stateFile}): start it with \`npm run production:local\``);
  const keys = JSON.parse(fs.readFileSync(path.resolve(config.DATA_DIR, 'demo-api-keys.json'), 'utf8'));
  return { state, config, keys };
}

/** How many processes of a kind (`worker-`, `api-`) the shape runs. */
export const processCount = (state: ShapeState, prefix: string) => Object.keys(state.processes).filter((p) => p.startsWith(prefix)).length;

/** A demo user's bearer token (every demo user has the demo password). */
export async function demoToken(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Every process with this command name (PostgreSQL runs one per connection). */
function pidsNamed(name: string): number[] {
  return fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e) && (() => {
    try {
      return fs.readFileSync(`/proc/${e}/comm`, 'utf8').trim() === name;
    } catch {
      return false;
    }
  })()).map(Number);
}

/** CPU seconds of each kind of process in the shape, summed over its processes. */
export function cpuByKind(state: ShapeState): Record<string, number> {
  const sum = (pids: number[]) => pids.map(cpuSeconds).filter(Number.isFinite).reduce((a, b) => a + b, 0);
  const of = (prefix: string) => Object.entries(state.processes).filter(([n]) => n.startsWith(prefix)).map(([, p]) => p.pid);
  return {
    'API instances': sum(of('api-')),
    workers: sum(of('worker-')),
    'Temporal Server': sum(of('temporal-')),
    MariaDB: sum(pidsNamed('mariadbd')),
    PostgreSQL: sum(pidsNamed('postgres')),
  };
}
