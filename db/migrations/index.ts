import type { Db } from '../index';
import { schemaStep } from './schemaStep';

export interface Migration {
  name: string;
  up(db: Db): Promise<void>;
  down(db: Db): Promise<void>;
}

/** In order of application; a released migration is never edited, only followed by a new one. */
export const migrations: Migration[] = [
  schemaStep(1, '001-initial', async (db) => {
    await db.models.audit_head.create({ id: 1, lastId: 0, lastHash: '0'.repeat(64) });
  }),
];
