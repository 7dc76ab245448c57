import type { Db } from '../index';
import { initial } from './001-initial';

export interface Migration {
  name: string;
  up(db: Db): Promise<void>;
  down(db: Db): Promise<void>;
}

/** In order of application; a released migration is never edited, only followed by a new one. */
export const migrations: Migration[] = [initial];
