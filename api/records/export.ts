import { recordKindWord } from '../listWords';
import type { ListExport } from '../lists';
import type { listRecords } from './repository';

type RecordRow = Awaited<ReturnType<typeof listRecords>>['data'][number];

/** What a record is about, from the kind's own fields (personal data is not in the list's rows). */
const SUMMARY_FIELDS = ['licenseItem', 'penaltyItem', 'checkItems', 'result', 'measure', 'court', 'channel', 'summary', 'outcome'];
const summaryOf = (data: Record<string, unknown>) =>
  SUMMARY_FIELDS.map((f) => data[f])
    .filter((v) => v !== undefined && v !== null && v !== '')
    .map((v) => (Array.isArray(v) ? v.join('、') : String(v)))
    .join('；');

/** 归集记录 as a workbook: the kind in words, the entity by name and code, the departments by name. */
export const recordExport: ListExport<RecordRow> = {
  fileName: '归集记录',
  sheetName: '归集记录',
  columns: [
    { header: '类别', value: (r) => recordKindWord(r.kind) },
    { header: '编号', value: (r) => r.key, width: 26 },
    { header: '市场主体', value: (r) => r.entity.name, width: 36 },
    { header: '统一社会信用代码', value: (r) => r.entity.creditCode, width: 22 },
    { header: '所属部门', value: (r) => r.department.name, width: 26 },
    { header: '日期', value: (r) => r.occurredOn, type: 'date' },
    { header: '内容', value: (r) => summaryOf(r.data), width: 50 },
    { header: '报送部门', value: (r) => r.sourceDepartment.name, width: 26 },
    { header: '更新时间', value: (r) => r.updatedAt, type: 'datetime', width: 18 },
  ],
};
