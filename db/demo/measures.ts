// The demo measures catalog (惩戒措施目录) of 金山区: which list restricts what, where, who applies it and on
// which basis. Bases: 企业信息公示暂行条例 Art. 18 (entities on the abnormal-operation or serious violation
// list are restricted in procurement, bidding, state land and honors), and the memorandum on dishonest
// judgment debtors 发改财金〔2016〕141号 (RULES.md "Credit lists"). Where an item number was not certain,
// the document is cited without it.

export interface MeasureSeed {
  code: string;
  name: string;
  listTypes: string[];
  scenario: string;
  departmentCode: string;
  legalBasis: string;
}

const DEBTORS = '《关于对失信被执行人实施联合惩戒的合作备忘录》（发改财金〔2016〕141号）';
const DISCLOSURE = '《企业信息公示暂行条例》第十八条';
const TAX = '《关于对重大税收违法失信主体实施联合惩戒的合作备忘录》';

export const punishmentMeasures: MeasureSeed[] = [
  { code: 'M01', name: '限制参与政府采购活动', listTypes: ['dishonestDebtor', 'seriousViolationList', 'abnormalOperationList', 'majorTaxViolator'], scenario: 'government_procurement', departmentCode: 'CZJ', legalBasis: `${DISCLOSURE}；${DEBTORS}；${TAX}` },
  { code: 'M02', name: '限制参与工程建设项目招标投标', listTypes: ['dishonestDebtor', 'seriousViolationList', 'abnormalOperationList'], scenario: 'public_bidding', departmentCode: 'JSGLW', legalBasis: `${DISCLOSURE}；${DEBTORS}` },
  { code: 'M03', name: '限制取得国有土地使用权', listTypes: ['dishonestDebtor', 'seriousViolationList', 'abnormalOperationList'], scenario: 'land_transfer', departmentCode: 'GHZYJ', legalBasis: `${DISCLOSURE}；${DEBTORS}` },
  { code: 'M04', name: '限制申请财政补贴和政策性扶持资金', listTypes: ['dishonestDebtor', 'seriousViolationList', 'majorTaxViolator'], scenario: 'subsidy', departmentCode: 'FGW', legalBasis: `${DEBTORS}；${TAX}` },
  { code: 'M05', name: '限制授予荣誉称号、参加评先评优', listTypes: ['dishonestDebtor', 'seriousViolationList', 'abnormalOperationList', 'majorTaxViolator'], scenario: 'honors', departmentCode: 'RSJ', legalBasis: `${DISCLOSURE}；${DEBTORS}` },
  { code: 'M06', name: '限制担任企业法定代表人、董事、监事、高级管理人员', listTypes: ['dishonestDebtor', 'seriousViolationList'], scenario: 'legal_representative', departmentCode: 'SCJGJ', legalBasis: DEBTORS },
  { code: 'M07', name: '限制发行企业债券', listTypes: ['dishonestDebtor', 'seriousViolationList', 'majorTaxViolator'], scenario: 'bond_issuance', departmentCode: 'FGW', legalBasis: `${DEBTORS}；${TAX}` },
];
