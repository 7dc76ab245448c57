import type { Db } from '../index';
import { makeCreditCode } from '../../domain/creditCode';
import { FIELDS, type ExpertiseNeed, type Field } from '../../domain/resources';

// The demo district's supervision resources (监管资源, F2): a few experts and third-party bodies of the market
// regulation bureau, the check items that need an expert or a third-party body, and each inspector's fields of
// competence. Invented
// names and numbers; the phone numbers are of the 139 0000 series, which no one holds.

const experts: Array<{ name: string; employer: string; fields: Field[]; phone: string }> = [
  { name: '陈建国', employer: '上海市特种设备监督检验技术研究院', fields: ['specialEquipment'], phone: '13900001001' },
  { name: '刘淑芬', employer: '上海市食品药品检验研究院', fields: ['food', 'drugs'], phone: '13900001002' },
  { name: '黄志明', employer: '上海市计量测试技术研究院', fields: ['metrology'], phone: '13900001003' },
  { name: '吴慧', employer: '复旦大学药学院', fields: ['drugs'], phone: '13900001004' },
  { name: '郑海涛', employer: '上海市质量监督检验技术研究院', fields: ['productQuality', 'specialEquipment'], phone: '13900001005' },
];

const thirdParties: Array<{ name: string; base: string; fields: Field[]; qualificationNo: string; validUntil: string }> = [
  { name: '上海金检检测技术有限公司', base: '7K3P9Q2M', fields: ['food', 'productQuality'], qualificationNo: 'CMA-310116-0021', validUntil: '2028-06-30' },
  { name: '上海湾区计量校准有限公司', base: '8N4R2T6W', fields: ['metrology'], qualificationNo: 'CNAS-L-10732', validUntil: '2027-12-31' },
  { name: '上海浦江计量检测有限公司', base: '5H7J3K9L', fields: ['metrology', 'productQuality'], qualificationNo: 'CNAS-L-11508', validUntil: '2028-03-31' },
];

/** Check items whose inspection needs an expert or a third-party body of a field (db/demo/checkItems.ts). */
const expertise: Array<{ checkItemCode: string; field: Field; need: ExpertiseNeed }> = [
  { checkItemCode: 'SC004', field: 'specialEquipment', need: 'expert' },
  { checkItemCode: 'SC005', field: 'drugs', need: 'expert' },
  // Measuring instruments are verified by a calibration body (计量器具检定), drawn for each team.
  { checkItemCode: 'SC007', field: 'metrology', need: 'thirdParty' },
];

export async function loadDemoResources(db: Db): Promise<void> {
  const now = new Date();
  const by = { createdBy: 'system', createdAt: now, updatedAt: now };
  await db.models.experts.bulkCreate(experts.map((e) => ({ ...e, departmentCode: 'SCJGJ', status: 'active', ...by })), { ignoreDuplicates: true });
  await db.models.third_parties.bulkCreate(
    thirdParties.map((t) => ({ name: t.name, creditCode: makeCreditCode({ registrationDepartment: '9', category: '1', regionCode: '310116', organizationBase: t.base }), fields: t.fields, qualificationNo: t.qualificationNo, validUntil: t.validUntil, departmentCode: 'SCJGJ', status: 'active', ...by })),
    { ignoreDuplicates: true },
  );
  await db.models.check_item_expertise.bulkCreate(expertise.map((x) => ({ ...x, setBy: 'system', setAt: now })), { ignoreDuplicates: true });
  // Each inspector competent in one or two fields, in turn, all on duty.
  const inspectors = (await db.models.users.findAll({ where: { active: true }, attributes: ['id', 'roles', 'credentialNo'], order: [['id', 'ASC']] })) as any[];
  const profiles = inspectors
    .filter((u) => u.get('credentialNo') && (u.get('roles') as string[]).includes('inspector'))
    .map((u, n) => ({ userId: u.get('id'), fields: [...new Set([FIELDS[n % FIELDS.length], FIELDS[(n * 3 + 1) % FIELDS.length]])].sort(), status: 'onDuty', updatedBy: 'system', updatedAt: now }));
  await db.models.inspector_profiles.bulkCreate(profiles, { ignoreDuplicates: true });
}
