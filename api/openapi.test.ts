import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { testDatabases } from '../test/support/databases';
import { startPlatform, type TestPlatform } from '../test/support/platform';
import { openApiDocument } from './openapi';

// The published contract (CONTRACT.md): the document GET /api/openapi.json serves is valid OpenAPI, clean under
// Redocly's recommended rules, names and describes every operation, and the admin UI's types are generated from
// it. The tools are ES modules, so deploy/apiContract.mjs runs them in a child process.

const root = path.resolve(__dirname, '..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

interface ContractReport {
  validation: string[];
  lint: string[];
  /** The admin UI's generated files (admin-ui/src/api/), by path, as `npm run gen:api-types` writes them. */
  generated: Record<string, string>;
}

function checkContract(doc: unknown): Promise<ContractReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'deploy', 'apiContract.mjs'), 'check'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    // Decoded as a stream: a chunk appended on its own cuts a Chinese character at a chunk's end into U+FFFD (CI read
    // 《中��人民共和国食品安全法》 in the served document once).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.stderr.on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`deploy/apiContract.mjs check exited ${code}: ${err}`))));
    child.stdin.end(JSON.stringify(doc));
  });
}

/**
 * Where a checked-in file first departs from what the served document generates, so a failure says what changed:
 * CI once failed here on a clean clone where the same commit passes again and again, and named no line.
 */
function firstDifference(file: string, generated: string): string {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) return `${file}: missing`;
  const committed = fs.readFileSync(full, 'utf8').split('\n');
  const served = generated.split('\n');
  const at = committed.findIndex((line, i) => line !== served[i]);
  const line = at === -1 ? committed.length : at;
  const sameContent = file.endsWith('.json') && util.isDeepStrictEqual(JSON.parse(committed.join('\n')), JSON.parse(generated));
  return `${file} line ${line + 1}${sameContent ? ' (the same document in another key order)' : ''}: committed ${JSON.stringify(committed[line])}, served ${JSON.stringify(served[line])}`;
}

describe('the published OpenAPI document', () => {
  let p: TestPlatform;
  let doc: any;
  let report: ContractReport;
  const operations = () =>
    Object.entries<any>(doc.paths).flatMap(([route, item]) => METHODS.filter((m) => item[m]).map((method) => ({ at: `${method.toUpperCase()} ${route}`, ...item[method] })));

  beforeAll(async () => {
    p = await startPlatform(testDatabases[0], { worker: false });
    const res = await p.api.get('/api/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
    report = await checkContract(doc);
  });
  afterAll(() => p?.stop());

  it('is the document the schemas produce', () => {
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('passes the standard validator (swagger-parser)', () => {
    expect(report.validation).toEqual([]);
  });

  it('has no error and no warning under Redocly’s recommended rules (redocly.yaml)', () => {
    expect(report.lint).toEqual([]);
  });

  it('gives every operation an operationId, a summary and its security (`[]` when public)', () => {
    const missing = operations()
      .filter((o) => typeof o.operationId !== 'string' || !/^[a-z][A-Za-z]+$/.test(o.operationId) || !o.summary || !Array.isArray(o.security))
      .map((o) => `${o.at}: operationId ${o.operationId}, summary ${o.summary}, security ${JSON.stringify(o.security)}`);
    expect(missing).toEqual([]);
  });

  it('uses each operationId once', () => {
    const seen = new Map<string, string>();
    const twice = operations().flatMap((o) => {
      const first = seen.get(o.operationId);
      seen.set(o.operationId, o.at);
      return first ? [`${o.operationId}: ${first} and ${o.at}`] : [];
    });
    expect(twice).toEqual([]);
  });

  it('is what the admin UI’s checked-in types are generated from', () => {
    const files = Object.keys(report.generated);
    expect(files).toEqual(['admin-ui/src/api/openapi.json', 'admin-ui/src/api/schema.d.ts']);
    const stale = files.filter((file) => !fs.existsSync(path.join(root, file)) || fs.readFileSync(path.join(root, file), 'utf8') !== report.generated[file]);
    if (stale.length) throw new Error(`${stale.join(' and ')} differ from the served document: run \`npm run gen:api-types\` and commit the result\n${stale.map((file) => firstDifference(file, report.generated[file])).join('\n')}`);
  });
});
