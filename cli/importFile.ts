import fs from 'node:fs';
import path from 'node:path';
import type { ImportView } from '../api/imports/repository';

// `npm run cli -- import --kind K --file F`: a batch import (归集) through the platform's own API, as a clerk
// uploads it in the admin UI — the same validation, the same workflow, the same department's import. Prints the
// progress and the refused rows. Exit codes: 0 imported; 3 rows were refused and nothing imported (the import
// waits for review: run again with --confirm, confirm in the admin UI, or fix the file); 1 nothing can be imported.

export interface ImportOptions {
  url: string;
  username: string;
  password: string;
  kind: string;
  file: string;
  confirm: boolean;
  /** Where progress lines go (stdout). */
  log: (line: string) => void;
  pollMs?: number;
}

/** The outcome as the command's last line, and its exit code. */
export interface ImportOutcome {
  code: 0 | 1 | 3;
  summary: string;
}

async function call(url: string, init: RequestInit & { token?: string }): Promise<any> {
  const res = await fetch(url, { ...init, headers: { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.body && !(init.body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}) } });
  const body: any = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname}: ${res.status} ${body?.detail ?? ''}${body?.type ? ` (${String(body.type).split('/').pop()})` : ''}`);
  return body;
}

const printErrors = (v: ImportView, log: (s: string) => void) => {
  for (const e of v.errors) log(`row ${e.row}, ${e.column}: ${e.message} (${e.code})`);
  if (v.errorsTotal > v.errors.length) log(`… and ${v.errorsTotal - v.errors.length} more: GET /api/v1/imports/${v.id}/errors?format=xlsx`);
};

export async function importFile(o: ImportOptions): Promise<ImportOutcome> {
  const base = o.url.replace(/\/$/, '');
  const { token } = await call(`${base}/api/v1/session`, { method: 'POST', body: JSON.stringify({ username: o.username, password: o.password }) });
  const form = new FormData();
  form.set('kind', o.kind);
  form.set('file', new Blob([fs.readFileSync(o.file)]), path.basename(o.file));
  const started = await call(`${base}/api/v1/imports`, { method: 'POST', body: form, token });
  o.log(`import ${started.importId} (${started.workflowId}): ${started.status}`);
  let last = '';
  let confirmed = false;
  for (;;) {
    const v: ImportView = await call(`${base}/api/v1/imports/${started.importId}`, { token });
    const line = v.status === 'importing' ? `importing: ${v.rowsDone} of ${v.rowsValid} rows${v.secondsLeft !== null ? `, about ${v.secondsLeft} s left` : ''}` : `${v.status}: ${v.rowsTotal} rows`;
    if (line !== last) o.log((last = line));
    if (v.status === 'needsReview' && o.confirm && !confirmed) {
      printErrors(v, o.log);
      o.log(`${v.rowsRejected} row(s) refused; importing the ${v.rowsValid + v.rowsAmbiguous} valid row(s) (--confirm)`);
      await call(`${base}/api/v1/imports/${v.id}/confirm`, { method: 'POST', token });
      confirmed = true;
    } else if (v.status === 'needsReview') {
      printErrors(v, o.log);
      return { code: 3, summary: `import ${v.id}: ${v.rowsRejected} of ${v.rowsTotal} row(s) refused, nothing imported; it waits for review (run again with --confirm to import the ${v.rowsValid + v.rowsAmbiguous} valid row(s), or fix the file and upload it)` };
    } else if (v.status === 'failed') {
      printErrors(v, o.log);
      return { code: 1, summary: `import ${v.id} failed: ${v.failure?.message ?? 'no row can be imported'}` };
    } else if (v.status === 'cancelled') {
      return { code: 1, summary: `import ${v.id} was cancelled after ${v.rowsDone} row(s) were stored` };
    } else if (v.status === 'done') {
      if (v.errorsTotal > 0 && !confirmed) printErrors(v, o.log);
      const waiting = v.rowsAmbiguous > 0 ? `; ${v.rowsAmbiguous} row(s) wait for the department to choose their entity (tasks)` : '';
      return { code: 0, summary: `import ${v.id} done: ${v.rowsDone} row(s) imported (${v.stored} new, ${v.merged} updated), ${v.rowsRejected} refused${waiting}` };
    }
    await new Promise((r) => setTimeout(r, o.pollMs ?? 1000));
  }
}
