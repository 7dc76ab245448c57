import { Router } from 'express';
import type { Config } from '../../config';
import type { Db } from '../../db';
import * as workflows from '../../workflows';
import { requireUser } from '../auth/middleware';
import { processStateWord, processWord } from '../listWords';
import { exportList, ListFormat, listResponses, pagesOf, wholeList, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { query } from '../validate';
import { stuckProcessWatch } from './useCases';

// Operations (运维): what an operator of the platform watches. Admins only: rows name any department's processes.

/** Requests within this long of a refresh share it (a person paging through the list). */
const LIST_MAX_AGE_MS = 5_000;

const StuckProcess = z
  .object({
    id: z.string().describe('the run and its failing step'),
    workflowId: z.string(),
    runId: z.string(),
    process: z.string().describe('workflow type, e.g. dualNotification; the UI shows its name'),
    state: z.enum(['failed', 'retrying']).describe('failed: the run ended with a failure (a DataError: a step failed on its data); retrying: its current step has been failing for longer than STUCK_PROCESS_MINUTES'),
    entity: z.object({ creditCode: z.string(), name: z.string().nullable() }).nullable().describe('the market entity the process is about, when its input names one'),
    since: z.string().datetime().describe('when the run failed, or when the failing step was first scheduled'),
    attempts: z.number().int().nullable(),
    step: z.string().nullable().describe('the activity that failed or keeps failing'),
    errorType: z.string().nullable(),
    error: z.string().nullable().describe('the last failure message'),
  })
  .openapi('StuckProcess');

const StuckQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
  state: z.enum(['failed', 'retrying']).optional(),
  process: z.enum(Object.keys(workflows) as [string, ...string[]]).optional().describe('a workflow type'),
  format: ListFormat,
});

type StuckRow = z.infer<typeof StuckProcess>;
const stuckExport: ListExport<StuckRow> = {
  fileName: '异常流程',
  sheetName: '异常流程',
  columns: [
    { header: '流程', value: (p) => processWord(p.process) },
    { header: '状态', value: (p) => processStateWord(p.state) },
    { header: '市场主体', value: (p) => p.entity?.name, width: 36 },
    { header: '统一社会信用代码', value: (p) => p.entity?.creditCode, width: 22 },
    { header: '异常起始时间', value: (p) => p.since, type: 'datetime', width: 18 },
    { header: '尝试次数', value: (p) => p.attempts, type: 'number' },
    { header: '环节', value: (p) => p.step, width: 24 },
    { header: '最近错误', value: (p) => p.error, width: 60 },
    { header: '流程编号', value: (p) => p.workflowId, width: 40 },
  ],
};

document({
  method: 'get',
  path: '/api/v1/operations/stuck-processes',
  operationId: 'listStuckProcesses',
  summary: 'List stuck and failed processes (admin)',
  description: 'Runs of the platform that failed (a DataError: a step failed on its data) or whose current step has been failing for longer than STUCK_PROCESS_MINUTES, newest first. Read from Temporal visibility; `truncated` says more runs exist than one refresh examines.',
  tags: ['operations'],
  security: userSecurity,
  request: { query: StuckQuery },
  responses: listResponses(z.object({ data: z.array(StuckProcess), total: z.number().int(), refreshedAt: z.string().datetime(), truncated: z.boolean() }), 'stuck processes'),
});

export function operationRoutes(db: Db, temporal: Temporal, config: Config): Router {
  const r = Router();
  const watch = stuckProcessWatch(db, temporal, config.STUCK_PROCESS_MINUTES);

  r.get('/operations/stuck-processes', requireUser(db, 'admin'), async (req, res) => {
    const { page, perPage, state, process, format } = query(StuckQuery, req);
    const snapshot = await watch.current(LIST_MAX_AGE_MS);
    const rows = snapshot.rows.filter((row) => (!state || row.state === state) && (!process || row.process === process));
    if (format === 'xlsx') return exportList(res, stuckExport, pagesOf(wholeList(rows.map((row) => ({ id: `${row.runId}/${row.step ?? 'workflow'}`, ...row })))));
    res.json({
      data: rows.slice((page - 1) * perPage, page * perPage).map((row) => ({ id: `${row.runId}/${row.step ?? 'workflow'}`, ...row })),
      total: rows.length,
      refreshedAt: snapshot.at.toISOString(),
      truncated: snapshot.truncated,
    });
  });
  return r;
}
