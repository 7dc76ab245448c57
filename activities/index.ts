import type { Db } from '../db';
import { createAuditActivities } from './audit';
import { createCreditActivities } from './credit';
import { createDeadlineActivities, type DeadlineOptions } from './deadlines';
import { createEligibilityActivities } from './eligibility';
import { createImportActivities } from './imports';
import { createInspectionActivities } from './inspections';
import { createRegistrationActivities } from './registrations';
import { createRiskActivities } from './risk';
import { createSharingActivities } from './sharing';
import { createStatisticsActivities } from './statistics';
import { createTaskActivities } from './tasks';
import { createWarningActivities } from './warnings';

export interface ActivityDeps {
  db: Db;
  deadlines: DeadlineOptions;
}

/** Every activity of the `TASK_QUEUE`, built from its dependencies (STYLE.md: activities by factory). */
export function createActivities({ db, deadlines }: ActivityDeps) {
  return {
    ...createDeadlineActivities(db, deadlines),
    ...createTaskActivities(db),
    ...createRegistrationActivities(db),
    ...createInspectionActivities(db),
    ...createCreditActivities(db),
    ...createWarningActivities(db),
    ...createAuditActivities(db),
    ...createSharingActivities(db),
    ...createEligibilityActivities(db),
    ...createImportActivities(db),
    ...createRiskActivities(db),
    ...createStatisticsActivities(db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
