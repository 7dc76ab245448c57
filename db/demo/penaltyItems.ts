import type { DepartmentSeed } from './types';

/** One row of a department's list of penalty items (行政处罚事项清单): the violation and the article that penalises it. */
export interface PenaltyItemSeed {
  code: string;
  departmentCode: DepartmentSeed['code'];
  name: string;
  legalBasis: string;
}

// Modelled on the published 行政处罚事项清单 of district bureaus; the legal basis is the article that sets the penalty.
export const penaltyItems: PenaltyItemSeed[] = [
  { code: 'CF-SC001', departmentCode: 'SCJGJ', name: '未取得食品经营许可从事食品经营活动', legalBasis: '《中华人民共和国食品安全法》第一百二十二条' },
  { code: 'CF-SC002', departmentCode: 'SCJGJ', name: '经营不符合食品安全标准的食品', legalBasis: '《中华人民共和国食品安全法》第一百二十四条' },
  { code: 'CF-SC003', departmentCode: 'SCJGJ', name: '经营超过保质期的食品', legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项' },
  { code: 'CF-SC004', departmentCode: 'SCJGJ', name: '未按规定公示企业信息或公示信息隐瞒真实情况、弄虚作假', legalBasis: '《企业信息公示暂行条例》第十八条' },
  { code: 'CF-SC005', departmentCode: 'SCJGJ', name: '发布虚假广告', legalBasis: '《中华人民共和国广告法》第五十五条' },
  { code: 'CF-SC006', departmentCode: 'SCJGJ', name: '使用未经检验或者检验不合格的特种设备', legalBasis: '《中华人民共和国特种设备安全法》第八十四条' },
  { code: 'CF-JT001', departmentCode: 'JTW', name: '未取得道路运输经营许可擅自从事道路货物运输经营', legalBasis: '《中华人民共和国道路运输条例》第六十三条' },
  { code: 'CF-JT002', departmentCode: 'JTW', name: '道路运输车辆未按规定进行定期检验', legalBasis: '《中华人民共和国道路运输条例》第七十条' },
  { code: 'CF-YJ001', departmentCode: 'YJGLJ', name: '未取得危险化学品经营许可证从事危险化学品经营', legalBasis: '《危险化学品安全管理条例》第七十七条' },
  { code: 'CF-YJ002', departmentCode: 'YJGLJ', name: '生产经营单位未按规定对从业人员进行安全生产教育和培训', legalBasis: '《中华人民共和国安全生产法》第九十七条' },
  { code: 'CF-WS001', departmentCode: 'WSJKW', name: '公共场所未取得卫生许可证擅自营业', legalBasis: '《公共场所卫生管理条例实施细则》第三十五条' },
  { code: 'CF-WH001', departmentCode: 'WHLYJ', name: '未经批准擅自从事出版物发行业务', legalBasis: '《出版管理条例》第六十一条' },
  { code: 'CF-YC001', departmentCode: 'YCZMJ', name: '无烟草专卖零售许可证经营烟草制品零售业务', legalBasis: '《中华人民共和国烟草专卖法》第三十二条' },
  { code: 'CF-ST001', departmentCode: 'STHJJ', name: '超过排放标准排放水污染物', legalBasis: '《中华人民共和国水污染防治法》第八十三条' },
];
