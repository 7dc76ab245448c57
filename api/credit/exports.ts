import type { Db } from '../../db';
import { LIST_TYPE_NAMES, SCENARIO_NAMES, type ListType, type Scenario } from '../../domain/credit';
import { listingStatusWord, yesNo } from '../listWords';
import { departmentLabeller, type ListExport } from '../lists';

// The joint-punishment lists as workbooks: credit listings, the measures catalog and the feedback board.

type Row = Record<string, any>;
const listName = (t: unknown) => LIST_TYPE_NAMES[t as ListType] ?? String(t ?? '');

export const listingExport: ListExport<Row> = {
  fileName: '信用名单',
  sheetName: '信用名单',
  columns: [
    { header: '市场主体', value: (l) => l.entityName, width: 36 },
    { header: '统一社会信用代码', value: (l) => l.creditCode, width: 22 },
    { header: '名单', value: (l) => listName(l.listType), width: 22 },
    { header: '列入事由', value: (l) => l.reason, width: 40 },
    { header: '决定文书号', value: (l) => l.documentNo, width: 24 },
    { header: '作出决定机关', value: (l) => l.authority, width: 26 },
    { header: '列入日期', value: (l) => l.listedOn, type: 'date' },
    { header: '届满日期', value: (l) => l.expiresOn, type: 'date' },
    { header: '状态', value: (l) => listingStatusWord(l.status) },
    { header: '移出日期', value: (l) => l.endedOn, type: 'date' },
    { header: '移出事由', value: (l) => l.endReason, width: 30 },
  ],
};

export const measureExport = (db: Db): ListExport<Row> => ({
  fileName: '惩戒措施目录',
  sheetName: '惩戒措施目录',
  prepare: async (rows) => {
    const dept = await departmentLabeller(db);
    return rows.map((m) => ({ ...m, departmentName: dept(m.departmentCode) }));
  },
  columns: [
    { header: '措施代码', value: (m) => m.code },
    { header: '惩戒措施', value: (m) => m.name, width: 40 },
    { header: '适用名单', value: (m) => (m.listTypes ?? []).map(listName), width: 30 },
    { header: '应用场景', value: (m) => SCENARIO_NAMES[m.scenario as Scenario] ?? m.scenario, width: 22 },
    { header: '实施部门', value: (m) => m.departmentName, width: 26 },
    { header: '依据', value: (m) => m.legalBasis, width: 40 },
    { header: '启用', value: (m) => yesNo(m.active) },
    { header: '修改时间', value: (m) => m.updatedAt, type: 'datetime', width: 18 },
  ],
});

type Counts = { sent: number; fedBack: number; onTime: number; overdue: number; open: number } | null;
const counts = (kind: string, label: string) => [
  { header: `${label}发送`, value: (d: Row) => (d[kind] as Counts)?.sent ?? 0, type: 'number' as const },
  { header: `${label}已反馈`, value: (d: Row) => (d[kind] as Counts)?.fedBack ?? 0, type: 'number' as const },
  { header: `${label}按时反馈`, value: (d: Row) => (d[kind] as Counts)?.onTime ?? 0, type: 'number' as const },
  { header: `${label}超期未反馈`, value: (d: Row) => (d[kind] as Counts)?.overdue ?? 0, type: 'number' as const },
  { header: `${label}未反馈`, value: (d: Row) => (d[kind] as Counts)?.open ?? 0, type: 'number' as const },
];

/** The feedback board (F9): one row per department, the counts of each kind of task. */
export const feedbackExport: ListExport<Row> = {
  fileName: '惩戒反馈统计',
  sheetName: '惩戒反馈统计',
  columns: [{ header: '部门', value: (d) => d.departmentName, width: 28 }, ...counts('punishmentNotice', '惩戒通知'), ...counts('screeningFeedback', '核查反馈'), ...counts('punishmentLifting', '解除惩戒')],
};
