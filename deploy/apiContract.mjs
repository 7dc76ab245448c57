// @ts-check
// The published OpenAPI document's checks and the admin UI's types generated from it.
// Plain ESM because the tools are ES modules that Jest's CommonJS runtime cannot load: api/openapi.test.ts runs
// this file as a child process (`check`), and `npm run gen:api-types` runs it on the built server (`write`).
//
//   node deploy/apiContract.mjs write          writes admin-ui/src/api/openapi.json and schema.d.ts from dist/
//   node deploy/apiContract.mjs check < doc    prints { validation, lint, generated } for the document on stdin as JSON

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOCUMENT_FILE = 'admin-ui/src/api/openapi.json';
const TYPES_FILE = 'admin-ui/src/api/schema.d.ts';
const BANNER = '// Generated from GET /api/openapi.json by `npm run gen:api-types`; do not edit (api/openapi.test.ts checks it is current).\n\n';

/** What swagger-parser's validator rejects, one line per finding (empty: valid). */
async function validation(doc) {
  try {
    await SwaggerParser.validate(structuredClone(doc));
    return [];
  } catch (err) {
    return String(err instanceof Error ? err.message : err).split('\n').map((line) => line.trim()).filter(Boolean);
  }
}

/**
 * Redocly's findings under the repository's redocly.yaml (the recommended rules). The document is linted as if it
 * were the checked-in file, so .redocly.lint-ignore.yaml entries (keyed by that file) apply as they would in the CLI.
 */
async function lint(doc) {
  const config = await loadConfig({ configPath: path.join(root, 'redocly.yaml') });
  const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: path.join(root, DOCUMENT_FILE), config });
  return problems.filter((p) => !p.ignored).map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`);
}

/** The admin UI's files generated from the document, by path: the document itself and its TypeScript types. */
async function generatedFiles(doc) {
  return {
    [DOCUMENT_FILE]: `${JSON.stringify(doc, null, 2)}\n`,
    [TYPES_FILE]: BANNER + astToString(await openapiTS(structuredClone(doc))),
  };
}

/** The document the built server (dist/) publishes. */
function builtDocument() {
  const require = createRequire(import.meta.url);
  const dist = path.join(root, 'dist', 'api');
  if (!fs.existsSync(path.join(dist, 'app.js'))) throw new Error('no built server: run `npm run build:server` first');
  require(path.join(dist, 'app.js')); // every route module registers its operations when loaded
  return require(path.join(dist, 'openapi.js')).openApiDocument();
}

async function readStdin() {
  let text = '';
  // As text, decoded across chunks: a Buffer chunk appended on its own cuts a character at its end into U+FFFD.
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

async function main(command) {
  if (command === 'check') {
    const doc = JSON.parse(await readStdin());
    // The types first, alone: openapi-typescript and the linter both run Redocly's resolver, and run side by side in
    // one process on a loaded machine they once produced types that differed from the same document's.
    const generated = await generatedFiles(doc);
    const [invalid, findings] = await Promise.all([validation(doc), lint(doc)]);
    process.stdout.write(JSON.stringify({ validation: invalid, lint: findings, generated }));
  } else if (command === 'write') {
    for (const [file, text] of Object.entries(await generatedFiles(builtDocument()))) {
      fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
      console.log(`wrote ${file}`);
    }
    // Loading the server started metric collectors that would keep the process alive.
    process.exit(0);
  } else {
    throw new Error(`unknown command ${command}: use write or check`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv[2] ?? 'write').catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
