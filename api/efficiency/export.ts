import { taskTypeWord } from '../listWords';
import type { ListExport } from '../lists';
import type { EfficiencyRow, GroupBy } from './repository';

/** The efficiency table as a workbook: groups and task types by name, as the page shows them. */
export const efficiencyExport = (by: GroupBy): ListExport<EfficiencyRow> => ({
  fileName: '监管效能',
  sheetName: by === 'person' ? '按人员' : '按部门',
  columns: [
    { header: '部门', value: (r) => r.department?.name ?? '（未指定部门）', width: 30 },
    ...(by === 'person' ? [{ header: '办理人', value: (r: EfficiencyRow) => r.person?.displayName ?? '（未分派）', width: 16 }] : []),
    { header: '任务类型', value: (r) => taskTypeWord(r.taskType), width: 16 },
    { header: '收到', value: (r) => r.received, type: 'number' },
    { header: '办结', value: (r) => r.completed, type: 'number' },
    { header: '按期办结', value: (r) => r.onTime, type: 'number' },
    { header: '超期办结', value: (r) => r.overdue, type: 'number' },
    { header: '在办超期', value: (r) => r.openOverdue, type: 'number' },
    { header: '督办', value: (r) => r.escalated, type: 'number' },
    { header: '办理用时中位数（工作日）', value: (r) => r.medianWorkingDays, type: 'number', width: 14 },
    { header: '办理用时P90（工作日）', value: (r) => r.p90WorkingDays, type: 'number', width: 14 },
  ],
});
