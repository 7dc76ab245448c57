import { Router } from 'express';
import type { Db } from '../../db';
import { conflictRoutes } from './conflicts';
import { distributionRoutes } from './distribution';
import { expertiseRoutes } from './expertise';
import { expertRoutes } from './experts';
import { inspectorRoutes } from './inspectors';
import { thirdPartyRoutes } from './thirdParties';

// Supervision resources (监管资源, F2): inspectors' profiles, the expert pool, third-party bodies, conflicts of
// interest, the check items that need outside expertise, and the distribution analysis.
export function resourceRoutes(db: Db): Router {
  const r = Router();
  r.use(inspectorRoutes(db), expertRoutes(db), thirdPartyRoutes(db), conflictRoutes(db), expertiseRoutes(db), distributionRoutes(db));
  return r;
}
