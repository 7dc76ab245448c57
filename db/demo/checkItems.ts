import type { DepartmentSeed } from './types';

/** One row of a department's list of supervision items (监管事项清单 / 随机抽查事项清单). */
export interface CheckItemSeed {
  code: string;
  departmentCode: DepartmentSeed['code'];
  name: string;
  legalBasis: string;
  method: string;
  /** `key`: safety, quality, public interest (no upper limit on ratio); `general`: kept low (RULES.md). */
  kind: 'key' | 'general';
}

// Modelled on the published random-inspection item lists of district bureaus; the legal basis is the
// article that empowers the check.
export const checkItems: CheckItemSeed[] = [
  { code: 'SC001', departmentCode: 'SCJGJ', name: '企业公示信息的检查', legalBasis: '《企业信息公示暂行条例》第十四条', method: '书面检查、实地核查', kind: 'general' },
  { code: 'SC002', departmentCode: 'SCJGJ', name: '食品销售者经营行为的检查', legalBasis: '《中华人民共和国食品安全法》第一百一十条', method: '现场检查', kind: 'key' },
  { code: 'SC003', departmentCode: 'SCJGJ', name: '餐饮服务提供者经营行为的检查', legalBasis: '《中华人民共和国食品安全法》第一百一十条', method: '现场检查', kind: 'key' },
  { code: 'SC004', departmentCode: 'SCJGJ', name: '特种设备使用单位的监督检查', legalBasis: '《中华人民共和国特种设备安全法》第五十七条', method: '现场检查', kind: 'key' },
  { code: 'SC005', departmentCode: 'SCJGJ', name: '药品零售企业的监督检查', legalBasis: '《中华人民共和国药品管理法》第九十九条', method: '现场检查', kind: 'key' },
  { code: 'SC006', departmentCode: 'SCJGJ', name: '广告发布行为的检查', legalBasis: '《中华人民共和国广告法》第四十九条', method: '书面检查、网络监测', kind: 'general' },
  { code: 'SC007', departmentCode: 'SCJGJ', name: '计量器具使用的检查', legalBasis: '《中华人民共和国计量法》第十八条', method: '现场检查', kind: 'general' },
  { code: 'JT001', departmentCode: 'JTW', name: '道路运输经营者经营行为的检查', legalBasis: '《中华人民共和国道路运输条例》第五十八条', method: '现场检查', kind: 'key' },
  { code: 'YJ001', departmentCode: 'YJGLJ', name: '危险化学品经营单位安全生产的检查', legalBasis: '《中华人民共和国安全生产法》第六十五条', method: '现场检查', kind: 'key' },
  { code: 'WS001', departmentCode: 'WSJKW', name: '公共场所卫生的检查', legalBasis: '《公共场所卫生管理条例》第十条', method: '现场检查', kind: 'general' },
  { code: 'WH001', departmentCode: 'WHLYJ', name: '娱乐场所经营活动的检查', legalBasis: '《娱乐场所管理条例》第三十四条', method: '现场检查', kind: 'general' },
  { code: 'WH002', departmentCode: 'WHLYJ', name: '出版物发行单位的检查', legalBasis: '《出版管理条例》第四十九条', method: '现场检查', kind: 'general' },
  { code: 'YC001', departmentCode: 'YCZMJ', name: '烟草专卖零售许可证持证人经营行为的检查', legalBasis: '《中华人民共和国烟草专卖法实施条例》第四十四条', method: '现场检查', kind: 'general' },
  { code: 'ST001', departmentCode: 'STHJJ', name: '排污单位污染物排放的检查', legalBasis: '《中华人民共和国环境保护法》第二十四条', method: '现场检查、监测', kind: 'key' },
];
