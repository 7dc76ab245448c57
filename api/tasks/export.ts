import { escalationWord, lightWord, outcomeWord, taskStatusWord, taskTypeWord, yesNo } from '../listWords';
import type { ListExport } from '../lists';
import type { TaskView } from './repository';

/** The task lists (inbox, queue, overdue and due-soon boards) as a workbook: what a person reads on the row. */
export const taskExport: ListExport<TaskView> = {
  fileName: '待办任务',
  sheetName: '待办任务',
  columns: [
    { header: '任务类型', value: (t) => taskTypeWord(t.type), width: 16 },
    { header: '标题', value: (t) => t.title, width: 40 },
    { header: '状态', value: (t) => taskStatusWord(t.status) },
    { header: '市场主体', value: (t) => t.entity?.name, width: 36 },
    { header: '统一社会信用代码', value: (t) => t.entity?.creditCode, width: 22 },
    { header: '承办部门', value: (t) => t.department?.name ?? t.candidateDepartments.map((d) => d.name), width: 28 },
    { header: '办理人', value: (t) => t.assigneeName },
    { header: '办理时限', value: (t) => t.dueAt, type: 'datetime', width: 18 },
    { header: '剩余工作日', value: (t) => t.workingDaysLeft, type: 'number' },
    { header: '亮灯', value: (t) => lightWord(t.light) },
    { header: '是否超期', value: (t) => yesNo(t.overdue) },
    { header: '督办级别', value: (t) => escalationWord(t.escalationLevel) },
    { header: '创建时间', value: (t) => t.createdAt, type: 'datetime', width: 18 },
    { header: '办结时间', value: (t) => t.completedAt, type: 'datetime', width: 18 },
    { header: '办理结果', value: (t) => outcomeWord(t.outcome) },
    { header: '办结人', value: (t) => t.completedByName },
  ],
};
