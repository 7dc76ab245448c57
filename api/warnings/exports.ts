import type { Db } from '../../db';
import { peopleOf } from '../../db/people';
import { WARNING_RULE_NAMES, type WarningRuleCode } from '../../domain/warnings';
import { outcomeWord, warningLevelWord, warningSourceWord, warningStatusWord, yesNo } from '../listWords';
import { departmentLabeller, type ListExport } from '../lists';

// The warning board and the rules as workbooks: who raised a warning by name (or the rule scan).

type Row = Record<string, any>;
const ruleName = (code: unknown) => (code ? (WARNING_RULE_NAMES[code as WarningRuleCode] ?? String(code)) : '');

export const warningExport = (db: Db): ListExport<Row> => ({
  fileName: '监管预警',
  sheetName: '监管预警',
  prepare: async (rows) => {
    // `raisedBy` is `user:<login>` for a manual warning, else the rule scan.
    const logins = rows.map((w) => (typeof w.raisedBy === 'string' && w.raisedBy.startsWith('user:') ? w.raisedBy.slice(5) : null));
    const [dept, people] = await Promise.all([departmentLabeller(db), peopleOf(db, logins)]);
    return rows.map((w, i) => ({ ...w, departmentName: dept(w.departmentCode), raisedByName: logins[i] ? people.get(logins[i]!)!.displayName : '规则扫描' }));
  },
  columns: [
    { header: '市场主体', value: (w) => w.entityName, width: 36 },
    { header: '统一社会信用代码', value: (w) => w.creditCode, width: 22 },
    { header: '预警事项', value: (w) => w.subject, width: 36 },
    { header: '预警等级', value: (w) => warningLevelWord(w.level) },
    { header: '预警来源', value: (w) => warningSourceWord(w.source) },
    { header: '预警规则', value: (w) => ruleName(w.ruleCode), width: 26 },
    { header: '预警原因', value: (w) => w.reason, width: 40 },
    { header: '责任部门', value: (w) => w.departmentName, width: 26 },
    { header: '发起人', value: (w) => w.raisedByName },
    { header: '预警时间', value: (w) => w.raisedAt, type: 'datetime', width: 18 },
    { header: '状态', value: (w) => warningStatusWord(w.status) },
    { header: '办结时间', value: (w) => w.closedAt, type: 'datetime', width: 18 },
    { header: '处置结果', value: (w) => outcomeWord(w.outcome) },
    { header: '处置情况', value: (w) => w.handling, width: 40 },
  ],
});

export const warningRuleExport = (db: Db): ListExport<Row> => ({
  fileName: '预警规则',
  sheetName: '预警规则',
  prepare: async (rows) => {
    const dept = await departmentLabeller(db);
    return rows.map((r) => ({ ...r, departmentName: r.departmentCode ? dept(r.departmentCode) : '' }));
  },
  columns: [
    { header: '预警规则', value: (r) => ruleName(r.code), width: 30 },
    { header: '启用', value: (r) => yesNo(r.enabled) },
    { header: '提前天数', value: (r) => r.thresholdDays, type: 'number' },
    { header: '预警等级', value: (r) => warningLevelWord(r.level) },
    { header: '责任部门', value: (r) => r.departmentName, width: 26 },
  ],
});
