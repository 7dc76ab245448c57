import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db';
import { createApiKey, type ApiScope } from '../api/auth/credentials';
import { generateEntity, REFERENCE_DATE } from '../db/demo/generate';

// What the quick start adds on first run so every inbox has work to show: API keys for the demo external
// systems, and newly registered entities posted through the real external API, as the registration
// system would post them.

const DEMO_SYSTEMS: Array<{ system: string; scopes: ApiScope[] }> = [
  { system: 'registration-system', scopes: ['registration:write'] },
  { system: 'licensing-system', scopes: ['license:write'] },
];

/** Creates the demo systems' keys once and keeps them (mode 600) in DATA_DIR so the README can use them. */
export async function demoApiKeys(db: Db, dataDir: string): Promise<Record<string, string>> {
  const file = path.join(dataDir, 'demo-api-keys.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const keys: Record<string, string> = {};
  for (const s of DEMO_SYSTEMS) keys[s.system] = await createApiKey(db, s.system, s.scopes);
  fs.writeFileSync(file, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
  return keys;
}

/**
 * Posts `count` establishment events for entities just past the demo register. Their eventIds are fixed,
 * so a second start posts the same events and the platform, idempotent, does nothing more.
 */
export async function postDemoRegistrations(baseUrl: string, key: string, options: { seed: number; firstIndex: number; count: number }): Promise<number> {
  let accepted = 0;
  for (let i = 0; i < options.count; i++) {
    const index = options.firstIndex + i;
    // The same body every time: a repeated event must be the same event.
    const { status: _status, ...entity } = generateEntity(options.seed, index);
    const res = await fetch(`${baseUrl}/api/ext/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ eventId: `DEMO-REG-${options.seed}-${index}`, action: 'establish', occurredAt: `${REFERENCE_DATE}T09:00:00+08:00`, entity: { ...entity, establishedOn: REFERENCE_DATE } }),
    });
    if (res.status === 202) accepted++;
    else throw new Error(`demo registration ${index} refused: ${res.status} ${await res.text()}`);
  }
  return accepted;
}
