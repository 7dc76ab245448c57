// The demo district: 上海市金山区 (310116). Master data only; market entities and their licenses come from
// generate.ts. Everything here is a literal or derived from a fixed seed, so every load is identical.
//
// Sources: department names as the district government publishes them; towns and streets from RULES.md
// "Codes" (NBS statistical codes); scope wordings from the national 经营范围规范表述目录 (2021 edition and
// later updates); legal bases from the statute named. Where an article number was not certain, the
// statute is cited without it (RULES.md: cite the rule beside the code that uses it).

import type {
  DemoDistrict,
  DepartmentSeed,
  LicenseItemSeed,
  RegionSeed,
  ScopeCatalogSeed,
  UserSeed,
} from './types';
import { COURT_CODE } from '../../domain/credit';
import { chineseName, mulberry32 } from './random';

export const DISTRICT_CODE = '310116';
export const DISTRICT_NAME = '金山区';
/** The district coordinating office, where second escalations land (RULES.md "Dual notification"). */
export const DISTRICT_OFFICE_CODE = 'QZF';
/** The registration authority of every demo entity. */
export const REGISTRATION_AUTHORITY = '金山区市场监督管理局';

export const departments: DepartmentSeed[] = [
  { code: 'SCJGJ', name: '金山区市场监督管理局', kind: 'bureau' },
  { code: 'JTW', name: '金山区交通委员会', kind: 'bureau' },
  { code: 'YJGLJ', name: '金山区应急管理局', kind: 'bureau' },
  { code: 'WSJKW', name: '金山区卫生健康委员会', kind: 'bureau' },
  { code: 'WHLYJ', name: '金山区文化和旅游局', kind: 'bureau' },
  { code: 'YCZMJ', name: '上海市金山区烟草专卖局', kind: 'bureau' },
  { code: 'STHJJ', name: '金山区生态环境局', kind: 'bureau' },
  { code: 'JSGLW', name: '金山区建设和管理委员会', kind: 'bureau' },
  { code: 'GHZYJ', name: '金山区规划和自然资源局', kind: 'bureau' },
  { code: 'GAFJ', name: '上海市公安局金山分局', kind: 'bureau' },
  { code: 'SWJ', name: '国家税务总局上海市金山区税务局', kind: 'bureau' },
  { code: 'SWW', name: '金山区商务委员会', kind: 'bureau' },
  { code: 'NYNCW', name: '金山区农业农村委员会', kind: 'bureau' },
  { code: 'SWUJ', name: '金山区水务局', kind: 'bureau' },
  { code: 'CGZFJ', name: '金山区城市管理行政执法局', kind: 'bureau' },
  // 城市建筑垃圾处置核准 belongs to the 市容环境卫生 department (国务院令第412号); in Shanghai districts that
  // is the 绿化和市容管理局, not the enforcement bureau.
  { code: 'LHSRJ', name: '金山区绿化和市容管理局', kind: 'bureau' },
  { code: 'TYJ', name: '金山区体育局', kind: 'bureau' },
  { code: 'RSJ', name: '金山区人力资源和社会保障局', kind: 'bureau' },
  { code: 'JYJ', name: '金山区教育局', kind: 'bureau' },
  { code: 'MZJ', name: '金山区民政局', kind: 'bureau' },
  { code: 'FGW', name: '金山区发展和改革委员会', kind: 'bureau' },
  { code: 'XFJY', name: '金山区消防救援支队', kind: 'bureau' },
  { code: DISTRICT_OFFICE_CODE, name: '金山区人民政府办公室', kind: 'district' },
  // Added with joint punishment (it implements the government-procurement measures); last, so the demo
  // users and credential numbers generated for the departments above stay the same.
  { code: 'CZJ', name: '金山区财政局', kind: 'bureau' },
  // Added with the list authorities (RULES.md "entered by"): the court enters 失信被执行人 through its system;
  // it is a judicial body, not a bureau, so it has no demo users and plans no spot checks.
  { code: COURT_CODE, name: '上海市金山区人民法院', kind: 'court' },
];

// RULES.md "Codes": 金山区 towns and streets with their NBS statistical codes.
export const regions: RegionSeed[] = [
  { code: '310116001', name: '石化街道' },
  { code: '310116101', name: '朱泾镇' },
  { code: '310116102', name: '枫泾镇' },
  { code: '310116103', name: '张堰镇' },
  { code: '310116104', name: '亭林镇' },
  { code: '310116105', name: '吕巷镇' },
  { code: '310116107', name: '廊下镇' },
  { code: '310116109', name: '金山卫镇' },
  { code: '310116112', name: '漕泾镇' },
  { code: '310116113', name: '山阳镇' },
  { code: '310116503', name: '上海湾区高新技术产业开发区' },
];

export const licenseItems: LicenseItemSeed[] = [
  { code: 'L001', name: '食品经营许可', departmentCode: 'SCJGJ', legalBasis: '《中华人民共和国食品安全法》第三十五条' },
  { code: 'L002', name: '食品生产许可', departmentCode: 'SCJGJ', legalBasis: '《中华人民共和国食品安全法》第三十五条' },
  { code: 'L003', name: '道路运输经营许可', departmentCode: 'JTW', legalBasis: '《中华人民共和国道路运输条例》第二十四条' },
  { code: 'L004', name: '危险化学品经营许可', departmentCode: 'YJGLJ', legalBasis: '《危险化学品安全管理条例》第三十三条' },
  // In Shanghai the district market regulation bureau licenses drug retail and class III device trade.
  { code: 'L005', name: '药品经营许可', departmentCode: 'SCJGJ', legalBasis: '《中华人民共和国药品管理法》第五十一条' },
  { code: 'L006', name: '医疗器械经营许可', departmentCode: 'SCJGJ', legalBasis: '《医疗器械监督管理条例》第四十二条' },
  { code: 'L007', name: '烟草专卖零售许可证', departmentCode: 'YCZMJ', legalBasis: '《中华人民共和国烟草专卖法》第十六条' },
  { code: 'L008', name: '出版物经营许可', departmentCode: 'WHLYJ', legalBasis: '《出版管理条例》第三十五条' },
  { code: 'L009', name: '港口经营许可', departmentCode: 'JTW', legalBasis: '《中华人民共和国港口法》第二十二条' },
  { code: 'L010', name: '特种设备生产许可', departmentCode: 'SCJGJ', legalBasis: '《中华人民共和国特种设备安全法》第十八条' },
  { code: 'L011', name: '公共场所卫生许可', departmentCode: 'WSJKW', legalBasis: '《公共场所卫生管理条例》第八条' },
  { code: 'L012', name: '娱乐场所经营许可', departmentCode: 'WHLYJ', legalBasis: '《娱乐场所管理条例》第九条' },
  { code: 'L013', name: '排污许可', departmentCode: 'STHJJ', legalBasis: '《中华人民共和国环境保护法》第四十五条；《排污许可管理条例》' },
  { code: 'L014', name: '危险废物经营许可', departmentCode: 'STHJJ', legalBasis: '《中华人民共和国固体废物污染环境防治法》第八十条' },
  { code: 'L015', name: '建筑业企业资质', departmentCode: 'JSGLW', legalBasis: '《中华人民共和国建筑法》第十三条' },
  { code: 'L016', name: '人力资源服务许可', departmentCode: 'RSJ', legalBasis: '《人力资源市场暂行条例》第十八条' },
  { code: 'L017', name: '劳务派遣经营许可', departmentCode: 'RSJ', legalBasis: '《中华人民共和国劳动合同法》第五十七条' },
  { code: 'L018', name: '民办学校办学许可', departmentCode: 'JYJ', legalBasis: '《中华人民共和国民办教育促进法》第十二条' },
  // Shanghai still licenses alcohol retail by local regulation.
  { code: 'L019', name: '酒类商品零售许可', departmentCode: 'SWW', legalBasis: '《上海市酒类商品产销管理条例》' },
  { code: 'L020', name: '兽药经营许可', departmentCode: 'NYNCW', legalBasis: '《兽药管理条例》第二十二条' },
  { code: 'L021', name: '农药经营许可', departmentCode: 'NYNCW', legalBasis: '《农药管理条例》第二十四条' },
  { code: 'L022', name: '取水许可', departmentCode: 'SWUJ', legalBasis: '《中华人民共和国水法》第四十八条；《取水许可和水资源费征收管理条例》' },
  { code: 'L023', name: '城市建筑垃圾处置核准', departmentCode: 'LHSRJ', legalBasis: '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）' },
  { code: 'L024', name: '旅行社业务经营许可', departmentCode: 'WHLYJ', legalBasis: '《中华人民共和国旅游法》第二十八条；《旅行社条例》' },
  { code: 'L025', name: '医疗机构执业许可', departmentCode: 'WSJKW', legalBasis: '《医疗机构管理条例》' },
  { code: 'L026', name: '高危险性体育项目经营许可', departmentCode: 'TYJ', legalBasis: '《全民健身条例》第三十二条' },
  { code: 'L027', name: '公众聚集场所投入使用、营业前消防安全检查', departmentCode: 'XFJY', legalBasis: '《中华人民共和国消防法》第十五条' },
];

// Catalog rows. Helpers keep the table readable; the kind decides where a wording is written in the
// business scope (许可项目 for licensed and preLicensed, 一般项目 for general).
function licensed(wording: string, licenseItemCode: string, days: { receipt?: number; decision?: number } = {}): ScopeCatalogSeed {
  return row(wording, 'licensed', licenseItemCode, days);
}
function preLicensed(wording: string, licenseItemCode: string, days: { receipt?: number; decision?: number } = {}): ScopeCatalogSeed {
  return row(wording, 'preLicensed', licenseItemCode, days);
}
function row(
  wording: string,
  kind: 'licensed' | 'preLicensed',
  licenseItemCode: string,
  days: { receipt?: number; decision?: number },
): ScopeCatalogSeed {
  return {
    wording,
    kind,
    licenseItemCode,
    candidateDepartmentCodes: [],
    receiptDays: days.receipt ?? null,
    decisionDays: days.decision ?? null,
  };
}
function general(wording: string): ScopeCatalogSeed {
  return { wording, kind: 'general', licenseItemCode: null, candidateDepartmentCodes: [], receiptDays: null, decisionDays: null };
}
function unclear(wording: string, candidateDepartmentCodes: string[]): ScopeCatalogSeed {
  return { wording, kind: 'unclear', licenseItemCode: null, candidateDepartmentCodes, receiptDays: null, decisionDays: null };
}

// 食品经营许可和备案管理办法 (SAMR, 2023): the decision is due within 10 working days of acceptance.
const FOOD_DECISION_DAYS = 10;
// Local: hazardous goods and chemicals are pushed with a shorter receipt period (district configuration).
const HAZARD_RECEIPT_DAYS = 3;

const licensedRows: ScopeCatalogSeed[] = [
  licensed('食品销售', 'L001', { decision: FOOD_DECISION_DAYS }),
  licensed('餐饮服务', 'L001', { decision: FOOD_DECISION_DAYS }),
  licensed('食品互联网销售', 'L001', { decision: FOOD_DECISION_DAYS }),
  licensed('食品生产', 'L002'),
  licensed('道路货物运输（不含危险货物）', 'L003'),
  licensed('道路危险货物运输', 'L003', { receipt: HAZARD_RECEIPT_DAYS }),
  licensed('道路货物运输（网络货运）', 'L003'),
  licensed('道路旅客运输经营', 'L003'),
  // 危险化学品经营许可 is on the list of pre-registration approvals (工商登记前置审批事项目录).
  preLicensed('危险化学品经营', 'L004', { receipt: HAZARD_RECEIPT_DAYS }),
  preLicensed('危险化学品仓储', 'L004', { receipt: HAZARD_RECEIPT_DAYS }),
  licensed('药品零售', 'L005'),
  licensed('第三类医疗器械经营', 'L006'),
  licensed('第三类医疗器械租赁', 'L006'),
  licensed('烟草制品零售', 'L007'),
  licensed('出版物零售', 'L008'),
  licensed('港口经营', 'L009'),
  licensed('港口货物装卸搬运活动', 'L009'),
  licensed('特种设备制造', 'L010'),
  licensed('特种设备安装改造修理', 'L010'),
  licensed('特种设备设计', 'L010'),
  licensed('住宿服务', 'L011'),
  licensed('理发服务', 'L011'),
  licensed('生活美容服务', 'L011'),
  licensed('洗浴服务', 'L011'),
  licensed('歌舞娱乐活动', 'L012'),
  licensed('游艺娱乐活动', 'L012'),
  licensed('危险废物经营', 'L014', { receipt: HAZARD_RECEIPT_DAYS }),
  licensed('建设工程施工', 'L015'),
  licensed('住宅室内装饰装修', 'L015'),
  licensed('施工专业作业', 'L015'),
  licensed('职业中介活动', 'L016'),
  licensed('劳务派遣服务', 'L017'),
  // 营利性民办学校办学许可 is a pre-registration approval as well.
  preLicensed('营利性民办自学考试助学教育机构', 'L018'),
  licensed('酒类经营', 'L019'),
  licensed('兽药经营', 'L020'),
  licensed('农药批发', 'L021'),
  licensed('农药零售', 'L021'),
  licensed('城市建筑垃圾处置（清运）', 'L023'),
  licensed('旅游业务', 'L024'),
  licensed('医疗服务', 'L025'),
  licensed('高危险性体育运动（游泳）', 'L026'),
];

const generalRows: ScopeCatalogSeed[] = [
  // Retail and wholesale
  '日用百货销售',
  '日用品销售',
  '食品销售（仅销售预包装食品）',
  '保健食品（预包装）销售',
  '食用农产品零售',
  '食用农产品批发',
  '新鲜水果零售',
  '新鲜蔬菜零售',
  '鲜肉零售',
  '水产品零售',
  '农副产品销售',
  '个人卫生用品销售',
  '化妆品零售',
  '化妆品批发',
  '文具用品零售',
  '办公用品销售',
  '五金产品零售',
  '五金产品批发',
  '服装服饰零售',
  '服装服饰批发',
  '鞋帽零售',
  '箱包销售',
  '针纺织品销售',
  '珠宝首饰零售',
  '工艺美术品及礼仪用品销售（象牙及其制品除外）',
  '玩具销售',
  '母婴用品销售',
  '家居用品销售',
  '宠物食品及用品零售',
  '体育用品及器材零售',
  '厨具卫具及日用杂品零售',
  '家用电器销售',
  '电子产品销售',
  '计算机软硬件及辅助设备零售',
  '通讯设备销售',
  '灯具销售',
  '卫生洁具销售',
  '电线、电缆经营',
  '建筑材料销售',
  '建筑装饰材料销售',
  '金属材料销售',
  '机械设备销售',
  '特种设备销售',
  '仪器仪表销售',
  '劳动保护用品销售',
  '化工产品销售（不含许可类化工产品）',
  '专用化学产品销售（不含危险化学品）',
  '石油制品销售（不含危险化学品）',
  '润滑油销售',
  '涂料销售（不含危险化学品）',
  '合成材料销售',
  '塑料制品销售',
  '橡胶制品销售',
  '包装材料及制品销售',
  '纸制品销售',
  '家具销售',
  '第一类医疗器械销售',
  '第二类医疗器械销售',
  '第二类医疗器械租赁',
  '消毒剂销售（不含危险化学品）',
  '肥料销售',
  '畜牧渔业饲料销售',
  '农业机械销售',
  '汽车新车销售',
  '新能源汽车整车销售',
  '汽车零配件零售',
  '汽车装饰用品销售',
  '轮胎销售',
  '再生资源销售',
  '互联网销售（除销售需要许可的商品）',
  '货物进出口',
  '技术进出口',
  '进出口代理',
  // Manufacturing
  '通用设备制造（不含特种设备制造）',
  '机械零件、零部件加工',
  '金属结构制造',
  '模具制造',
  '塑料制品制造',
  '橡胶制品制造',
  '服装制造',
  '服饰制造',
  '电子元器件制造',
  '电子元器件批发',
  '食用农产品初加工',
  '再生资源加工',
  // Services
  '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
  '信息咨询服务（不含许可类信息咨询服务）',
  '软件开发',
  '软件销售',
  '信息系统集成服务',
  '网络技术服务',
  '数据处理服务',
  '信息技术咨询服务',
  '人工智能应用软件开发',
  '企业管理咨询',
  '社会经济咨询服务',
  '市场营销策划',
  '企业形象策划',
  '财务咨询',
  '会议及展览服务',
  '组织文化艺术交流活动',
  '广告设计、代理',
  '广告制作',
  '广告发布',
  '图文设计制作',
  '新材料技术研发',
  '工程和技术研究和试验发展',
  '普通货物仓储服务（不含危险化学品等需许可审批的项目）',
  '低温仓储（不含危险化学品等需许可审批的项目）',
  '装卸搬运',
  '国内货物运输代理',
  '国际货物运输代理',
  '供应链管理服务',
  '运输设备租赁服务',
  '机械设备租赁',
  '小微型客车租赁经营服务',
  '二手车经纪',
  '机动车修理和维护',
  '普通机械设备安装服务',
  '通用设备修理',
  '餐饮管理',
  '酒店管理',
  '停车场服务',
  '洗染服务',
  '美甲服务',
  '养生保健服务（非医疗）',
  '足浴服务',
  '健身休闲活动',
  '体育场地设施经营（不含高危险性体育运动）',
  '体育竞赛组织',
  '家政服务',
  '专业保洁、清洗、消毒服务',
  '物业管理',
  '住宅水电安装维护服务',
  '家用电器安装服务',
  '日用产品修理',
  '园林绿化工程施工',
  '土石方工程施工',
  '工程管理服务',
  '人力资源服务（不含职业中介活动、劳务派遣服务）',
  '劳务服务（不含劳务派遣）',
  '教育咨询服务（不含涉许可审批的教育培训活动）',
  '健康咨询服务（不含诊疗服务）',
  '旅客票务代理',
  '旅游开发项目策划咨询',
  '休闲观光活动',
  '固体废物治理',
  '水污染治理',
  '环保咨询服务',
  '环境保护专用设备销售',
  // Agriculture (farmers' cooperatives and farms)
  '谷物种植',
  '蔬菜种植',
  '水果种植',
  '花卉种植',
  '农业机械服务',
  '农作物栽培服务',
  '农业生产托管服务',
  '农产品的生产、销售、加工、运输、贮藏及其他相关服务',
].map(general);

// Scope items whose licensing department is not settled: published to the claim pool (查询认领).
const unclearRows: ScopeCatalogSeed[] = [
  unclear('农产品收购', ['SCJGJ', 'NYNCW']),
  unclear('再生资源回收（除生产性废旧金属）', ['SWW', 'STHJJ', 'CGZFJ']),
  unclear('生产性废旧金属回收', ['GAFJ', 'SWW']),
  unclear('互联网信息服务', ['WHLYJ', 'GAFJ']),
  unclear('电子烟零售', ['YCZMJ', 'SCJGJ']),
  unclear('洗车服务', ['SWUJ', 'STHJJ', 'CGZFJ']),
  unclear('养老服务', ['MZJ', 'WSJKW']),
  unclear('托育服务', ['WSJKW', 'JYJ']),
];

export const scopeCatalog: ScopeCatalogSeed[] = [...licensedRows, ...generalRows, ...unclearRows];

// ---------------------------------------------------------------------------------------------------
// Users: one obvious account per role, then a clerk, a supervisor and 3–6 inspectors in every bureau.

type Role = UserSeed['roles'][number];

function account(
  username: string,
  displayName: string,
  departmentCode: string,
  roles: Role[],
  credentialNo: string | null = null,
  regionCode: string | null = null,
): UserSeed {
  return { username, displayName, departmentCode, roles, credentialNo, regionCode };
}

/** Enforcement credential number (执法证号): district code, a fixed series, department and sequence. */
export function credentialNumber(departmentIndex: number, sequence: number): string {
  return `${DISTRICT_CODE}20${String(departmentIndex).padStart(2, '0')}${String(sequence).padStart(4, '0')}`;
}

function buildUsers(): UserSeed[] {
  const rng = mulberry32(310116);
  const usedNames = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const name = chineseName(rng);
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const towns = regions.map((r) => r.code);
  const users: UserSeed[] = [
    account('admin', '系统管理员', DISTRICT_OFFICE_CODE, ['admin']),
    account('supervisor', '市场监管科长（演示）', 'SCJGJ', ['supervisor']),
    account('inspector', '市场监管执法员（演示）', 'SCJGJ', ['inspector'], credentialNumber(0, 1), '310116101'),
    account('clerk', '市场监管受理员（演示）', 'SCJGJ', ['clerk']),
    account('leader', '区领导（演示）', DISTRICT_OFFICE_CODE, ['leader']),
    account('auditor', '审计员（演示）', DISTRICT_OFFICE_CODE, ['auditor']),
    account('district', '区府办督办员（演示）', DISTRICT_OFFICE_CODE, ['supervisor']),
  ];
  departments.forEach((department, index) => {
    if (department.kind !== 'bureau') return;
    const prefix = department.code.toLowerCase();
    const departmentIndex = index + 1;
    users.push(account(`${prefix}-clerk`, uniqueName(), department.code, ['clerk']));
    users.push(account(`${prefix}-supervisor`, uniqueName(), department.code, ['supervisor']));
    const inspectors = 3 + Math.floor(rng() * 4); // 3–6
    for (let n = 1; n <= inspectors; n++) {
      users.push(
        account(
          `${prefix}-inspector-${n}`,
          uniqueName(),
          department.code,
          ['inspector'],
          credentialNumber(departmentIndex, n),
          // Each inspector works one town or street (their supervision grid); spread over the district.
          towns[(index * 3 + n - 1) % towns.length],
        ),
      );
    }
  });
  return users;
}

export const users: UserSeed[] = buildUsers();

export const demoDistrict: DemoDistrict = {
  departments,
  regions,
  licenseItems,
  scopeCatalog,
  users,
};
