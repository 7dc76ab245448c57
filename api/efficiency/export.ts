import { taskTypeWord } from '../listWords';
import type { ListExport } from '../lists';
import type { EfficiencyRow, ForecastRow, GroupBy, TrendInterval, TrendRow } from './repository';

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

/** The weekly or monthly trend as a workbook, a row per week or month. */
export const trendExport = (interval: TrendInterval): ListExport<TrendRow> => ({
  fileName: '监管效能趋势',
  sheetName: interval === 'week' ? '按周' : '按月',
  columns: [
    { header: interval === 'week' ? '周' : '月份', value: (r) => r.label, width: 18 },
    { header: '收到', value: (r) => r.received, type: 'number' },
    { header: '办结', value: (r) => r.completed, type: 'number' },
    { header: '按期办结', value: (r) => r.onTime, type: 'number' },
    { header: '超期办结', value: (r) => r.overdue, type: 'number' },
    { header: '按期办结率（%）', value: (r) => r.onTimeRate, type: 'number', width: 14 },
    { header: '办理用时中位数（工作日）', value: (r) => r.medianWorkingDays, type: 'number', width: 14 },
    { header: '办理用时P90（工作日）', value: (r) => r.p90WorkingDays, type: 'number', width: 14 },
  ],
});

/** The overdue forecast as a workbook: who will have tasks overdue within 1, 3 and 5 working days. */
export const forecastExport = (by: GroupBy): ListExport<ForecastRow> => ({
  fileName: '超期预测',
  sheetName: by === 'person' ? '按人员' : '按部门',
  columns: [
    { header: '部门', value: (r) => r.department?.name ?? '（未指定部门）', width: 30 },
    ...(by === 'person' ? [{ header: '办理人', value: (r: ForecastRow) => r.person?.displayName ?? '（未分派）', width: 16 }] : []),
    { header: '1个工作日内将超期', value: (r) => r.within1, type: 'number', width: 14 },
    { header: '3个工作日内将超期', value: (r) => r.within3, type: 'number', width: 14 },
    { header: '5个工作日内将超期', value: (r) => r.within5, type: 'number', width: 14 },
  ],
});
