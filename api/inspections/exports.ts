import type { Db } from '../../db';
import { peopleOf } from '../../db/people';
import { caseStageWord, drawModeWord, inspectionKindWord, inspectionOutcomeWord, inspectionStatusWord, lightWord, outcomeWord, penaltyKindWord, planStatusWord } from '../listWords';
import { departmentLabeller, type ListExport } from '../lists';

// The spot-check lists as workbooks (plans, inspections, cases): departments and people by name,
// statuses in words, dates and working days left.

type Row = Record<string, any>;

export const planExport = (db: Db): ListExport<Row> => ({
  fileName: '抽查计划',
  sheetName: '抽查计划',
  prepare: async (plans) => {
    const [dept, people] = await Promise.all([departmentLabeller(db), peopleOf(db, plans.map((p) => p.createdBy))]);
    return plans.map((p) => ({
      ...p,
      departmentName: dept(p.departmentCode),
      jointDepartmentNames: (p.jointDepartmentCodes ?? []).map(dept),
      receivingDepartmentName: dept(p.receivingDepartmentCode),
      creatorName: people.get(p.createdBy)?.displayName ?? p.createdBy,
    }));
  },
  columns: [
    { header: '计划名称', value: (p) => p.title, width: 40 },
    { header: '计划部门', value: (p) => p.departmentName, width: 26 },
    { header: '联合抽查部门', value: (p) => p.jointDepartmentNames, width: 30 },
    { header: '实施部门', value: (p) => p.receivingDepartmentName, width: 26 },
    { header: '开始日期', value: (p) => p.periodFrom, type: 'date' },
    { header: '结束日期', value: (p) => p.periodTo, type: 'date' },
    { header: '状态', value: (p) => planStatusWord(p.status) },
    { header: '摇号方式', value: (p) => drawModeWord(p.drawMode), width: 30 },
    { header: '每组执法人员数', value: (p) => p.teamSize, type: 'number' },
    { header: '创建人', value: (p) => p.creatorName },
    { header: '创建时间', value: (p) => p.createdAt, type: 'datetime', width: 18 },
  ],
});

/** Rows of inspectionViews (entity address, region, plan title, people, working days left). */
export const inspectionExport = (db: Db): ListExport<Row> => ({
  fileName: '检查任务',
  sheetName: '检查任务',
  prepare: async (rows) => {
    const dept = await departmentLabeller(db);
    return rows.map((r) => ({ ...r, departmentName: dept(r.departmentCode), teamNames: (r.team ?? []).map((u: string) => r.people?.[u]?.displayName ?? u) }));
  },
  columns: [
    { header: '市场主体', value: (r) => r.entityName, width: 36 },
    { header: '统一社会信用代码', value: (r) => r.creditCode, width: 22 },
    { header: '地址', value: (r) => r.entityAddress, width: 36 },
    { header: '镇（街道）', value: (r) => r.regionName },
    { header: '检查类型', value: (r) => inspectionKindWord(r.kind) },
    { header: '抽查计划', value: (r) => r.planTitle, width: 30 },
    { header: '检查部门', value: (r) => r.departmentName, width: 26 },
    { header: '检查组', value: (r) => r.teamNames, width: 20 },
    { header: '状态', value: (r) => inspectionStatusWord(r.status) },
    { header: '检查结果', value: (r) => inspectionOutcomeWord(r.outcome), width: 18 },
    { header: '检查时限', value: (r) => r.dueAt, type: 'datetime', width: 18 },
    { header: '剩余工作日', value: (r) => r.workingDaysLeft, type: 'number' },
    { header: '亮灯', value: (r) => lightWord(r.light) },
    { header: '录入时间', value: (r) => r.recordedAt, type: 'datetime', width: 18 },
  ],
});

export const caseExport = (db: Db): ListExport<Row> => ({
  fileName: '执法案件',
  sheetName: '执法案件',
  prepare: async (rows) => {
    const dept = await departmentLabeller(db);
    return rows.map((r) => ({ ...r, departmentName: dept(r.departmentCode) }));
  },
  columns: [
    { header: '案件编号', value: (r) => r.id, type: 'number' },
    { header: '市场主体', value: (r) => r.entityName, width: 36 },
    { header: '统一社会信用代码', value: (r) => r.creditCode, width: 22 },
    { header: '办案部门', value: (r) => r.departmentName, width: 26 },
    { header: '阶段', value: (r) => caseStageWord(r.stage) },
    { header: '立案审查时限', value: (r) => r.filingDueAt, type: 'datetime', width: 18 },
    { header: '立案时间', value: (r) => r.filedAt, type: 'datetime', width: 18 },
    { header: '处理决定时限', value: (r) => r.decisionDueAt, type: 'datetime', width: 18 },
    { header: '决定时间', value: (r) => r.decidedAt, type: 'datetime', width: 18 },
    { header: '处理结果', value: (r) => outcomeWord(r.outcome) },
    { header: '处罚决定书文号', value: (r) => r.penalty?.decisionNo, width: 24 },
    { header: '处罚种类', value: (r) => penaltyKindWord(r.penalty?.penaltyKind) },
    { header: '罚款金额（元）', value: (r) => r.penalty?.amount, type: 'number' },
  ],
});
