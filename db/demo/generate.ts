// Deterministic generator of the demo district's market entities and their licenses.
//
//   generateEntities({ seed, count })  yields EntitySeed, one at a time (streaming: memory stays bounded
//                                      for count = 1,000,000).
//   generateLicenses(entity, seed)     yields the LicenseSeed of one entity; depends only on the entity and
//                                      the seed, so it can run while streaming or later.
//   generateDemoData({ seed, count })  the two combined: yields { entity, licenses } per entity.
//
// Entity i depends only on (seed, i): it has its own PRNG seeded from both, so the first N entities are
// the same whatever count is asked for. Credit codes are unique for count ≤ 31^5 (28,629,151): the
// organization base is 'MA1' plus five characters from an affine bijection of the index (see creditCodeBase).

import { makeCreditCode } from '../../domain/creditCode';
import { normalizeScopeWording, parseBusinessScope } from '../../domain/businessScope';
import { DISTRICT_CODE, REGISTRATION_AUTHORITY, regions, scopeCatalog } from './district';
import { chineseName, hashString, intBetween, mixSeed, mulberry32, pick, pickSome, pickWeighted, type Rng } from './random';
import type { EntitySeed, LicenseSeed, ScopeCatalogSeed } from './types';

/** The demo's "today": expiry and pending licenses are judged against it (Asia/Shanghai date). */
export const REFERENCE_DATE = '2026-11-26';
const FIRST_ESTABLISHED = '2015-01-01';
const DEREGISTERED_SHARE = 0.03;
/** Share of post-registration license items of an active entity that have a license (others pending or not applied). */
const LICENSED_SHARE = 0.85;
/** Share of licenses renewed when a five-year period ends; the rest stay expired. */
const RENEWAL_SHARE = 0.8;
/** Share of current licenses moved into the window expiring within 60 days of REFERENCE_DATE. */
const EXPIRING_SOON_SHARE = 0.04;
const LICENSE_YEARS = 5;

export const LICENSED_PART_NOTE =
  '（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）';
export const GENERAL_PART_NOTE = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

// ---------------------------------------------------------------------------------------------------
// Industry profiles: what a kind of business is called, its GB/T 4754-2017 class and the catalog wordings
// its scope is written from.

type Form = 'company' | 'individual' | 'cooperative';

interface Profile {
  key: string;
  /** GB/T 4754-2017: section letter and four-digit class. */
  industryCode: string;
  weight: number;
  forms: Partial<Record<Form, number>>;
  /** 行业词 in a company name: 上海<字号><行业词>有限公司. */
  companyWords?: string[];
  /** Shop word of an individual business: 金山区<镇><字号><店名>. */
  shopWords?: string[];
  /** Industry word of a cooperative: 上海金山区<镇><字号><行业>专业合作社. */
  coopWords?: string[];
  /** Licensed (and pre-licensed) wordings with the probability each is in the scope. */
  licensed: Array<[string, number]>;
  /** Wordings whose department is unsettled, with their probability. */
  unclear?: Array<[string, number]>;
  /** General wordings always present (the main business). */
  core: string[];
  /** General wordings of which some are added. */
  general: string[];
  /** How many of `general` are added. */
  extra: [number, number];
  /** Multipliers on the default regional spread (e.g. chemicals near 石化 and 漕泾). */
  regions?: Partial<Record<string, number>>;
}

const TECH = '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广';
const INFO = '信息咨询服务（不含许可类信息咨询服务）';
const STORAGE = '普通货物仓储服务（不含危险化学品等需许可审批的项目）';
const PREPACKED = '食品销售（仅销售预包装食品）';

// Region codes, for readability of the profiles.
const SHIHUA = '310116001';
const ZHUJING = '310116101';
const FENGJING = '310116102';
const ZHANGYAN = '310116103';
const TINGLIN = '310116104';
const LVXIANG = '310116105';
const LANGXIA = '310116107';
const JINSHANWEI = '310116109';
const CAOJING = '310116112';
const SHANYANG = '310116113';
const BAYAREA = '310116503';

const AGRICULTURAL = { [LANGXIA]: 4, [LVXIANG]: 3, [ZHUJING]: 1.5, [FENGJING]: 1.5, [ZHANGYAN]: 2, [TINGLIN]: 1.5, [CAOJING]: 1.5 };
const INDUSTRIAL = { [BAYAREA]: 3, [SHIHUA]: 1.5, [CAOJING]: 2, [JINSHANWEI]: 1.5, [FENGJING]: 1.5, [TINGLIN]: 1.5 };
const CHEMICAL = { [SHIHUA]: 4, [CAOJING]: 4, [SHANYANG]: 1.5, [BAYAREA]: 1.5, [JINSHANWEI]: 1.5 };
const PORT = { [CAOJING]: 5, [SHIHUA]: 3, [JINSHANWEI]: 3, [SHANYANG]: 2 };

const PROFILES: Profile[] = [
  {
    key: 'convenienceStore', industryCode: 'F5213', weight: 9,
    forms: { individual: 7, company: 3 },
    companyWords: ['商贸', '便利店', '超市'], shopWords: ['便利店', '烟杂店', '食品店'],
    licensed: [['食品销售', 0.9], ['烟草制品零售', 0.6], ['酒类经营', 0.3], ['出版物零售', 0.04]],
    unclear: [['电子烟零售', 0.03]],
    core: ['日用百货销售'],
    general: [PREPACKED, '日用品销售', '个人卫生用品销售', '文具用品零售', '五金产品零售', '化妆品零售', '食用农产品零售', '保健食品（预包装）销售', '电子产品销售'],
    extra: [1, 4],
  },
  {
    key: 'supermarket', industryCode: 'F5212', weight: 3,
    forms: { company: 6, individual: 4 },
    companyWords: ['超市', '商贸', '超市管理'], shopWords: ['超市', '生活超市'],
    licensed: [['食品销售', 1], ['烟草制品零售', 0.5], ['酒类经营', 0.5], ['出版物零售', 0.1]],
    core: ['日用百货销售', '食用农产品零售'],
    general: ['新鲜水果零售', '新鲜蔬菜零售', '鲜肉零售', '水产品零售', '厨具卫具及日用杂品零售', '针纺织品销售', '家用电器销售', '保健食品（预包装）销售', '化妆品零售', '个人卫生用品销售', '文具用品零售'],
    extra: [2, 6],
  },
  {
    key: 'restaurant', industryCode: 'H6210', weight: 7,
    forms: { individual: 5, company: 5 },
    companyWords: ['餐饮管理', '餐饮', '餐饮服务'], shopWords: ['饭店', '餐馆', '酒家', '农家菜馆'],
    licensed: [['餐饮服务', 1], ['食品销售', 0.3], ['酒类经营', 0.3], ['烟草制品零售', 0.12]],
    core: [],
    general: ['餐饮管理', PREPACKED, '日用百货销售', '会议及展览服务', '停车场服务'],
    extra: [1, 2],
  },
  {
    key: 'snackBar', industryCode: 'H6291', weight: 6,
    forms: { individual: 9, company: 1 },
    companyWords: ['餐饮管理'], shopWords: ['小吃店', '面馆', '点心店', '馄饨店', '快餐店'],
    licensed: [['餐饮服务', 1], ['食品销售', 0.15]],
    core: [],
    general: [PREPACKED, '餐饮管理', '日用百货销售'],
    extra: [0, 1],
  },
  {
    key: 'cafe', industryCode: 'H6232', weight: 1.5,
    forms: { individual: 6, company: 4 },
    companyWords: ['餐饮管理', '咖啡'], shopWords: ['咖啡店', '咖啡馆', '茶饮店'],
    licensed: [['餐饮服务', 1], ['食品销售', 0.3]],
    core: [],
    general: [PREPACKED, '餐饮管理', '日用百货销售', '组织文化艺术交流活动'],
    extra: [1, 2],
  },
  {
    key: 'foodWholesale', industryCode: 'F5123', weight: 3,
    forms: { company: 8, individual: 2 },
    companyWords: ['食品', '农产品', '果蔬', '商贸'], shopWords: ['果蔬批发部', '食品商行'],
    licensed: [['食品销售', 0.95], ['食品互联网销售', 0.2], ['道路货物运输（不含危险货物）', 0.15]],
    unclear: [['农产品收购', 0.2]],
    core: ['食用农产品批发'],
    general: ['食用农产品零售', PREPACKED, '互联网销售（除销售需要许可的商品）', '供应链管理服务', STORAGE, '低温仓储（不含危险化学品等需许可审批的项目）', '货物进出口', '农副产品销售'],
    extra: [1, 4],
    regions: AGRICULTURAL,
  },
  {
    key: 'bakery', industryCode: 'C1411', weight: 1,
    forms: { company: 1 },
    companyWords: ['食品', '食品科技', '烘焙食品'],
    licensed: [['食品生产', 1], ['食品销售', 0.6], ['餐饮服务', 0.1]],
    core: [],
    general: [PREPACKED, '食用农产品初加工', TECH, '货物进出口', '餐饮管理'],
    extra: [1, 3],
    regions: INDUSTRIAL,
  },
  {
    key: 'freight', industryCode: 'G5431', weight: 5,
    forms: { company: 8, individual: 2 },
    companyWords: ['物流', '运输', '货运', '供应链管理'], shopWords: ['货运服务部', '运输服务部'],
    licensed: [['道路货物运输（不含危险货物）', 1], ['道路货物运输（网络货运）', 0.05]],
    core: [],
    general: ['国内货物运输代理', STORAGE, '装卸搬运', '供应链管理服务', INFO, '运输设备租赁服务', '国际货物运输代理', '汽车零配件零售'],
    extra: [2, 5],
  },
  {
    key: 'hazmatTransport', industryCode: 'G5435', weight: 0.8,
    forms: { company: 1 },
    companyWords: ['物流', '运输', '化工物流'],
    licensed: [['道路危险货物运输', 1], ['道路货物运输（不含危险货物）', 0.6]],
    core: [],
    general: ['国内货物运输代理', '装卸搬运', INFO, '化工产品销售（不含许可类化工产品）', '运输设备租赁服务'],
    extra: [1, 3],
    regions: CHEMICAL,
  },
  {
    key: 'chemicalTrading', industryCode: 'F5169', weight: 2,
    forms: { company: 1 },
    companyWords: ['化工', '化工科技', '化工贸易', '新材料'],
    licensed: [['危险化学品经营', 0.7], ['危险化学品仓储', 0.04]],
    core: ['化工产品销售（不含许可类化工产品）'],
    general: ['专用化学产品销售（不含危险化学品）', '石油制品销售（不含危险化学品）', '润滑油销售', '塑料制品销售', '合成材料销售', '涂料销售（不含危险化学品）', '货物进出口', '技术进出口', TECH],
    extra: [2, 5],
    regions: CHEMICAL,
  },
  {
    key: 'pharmacy', industryCode: 'F5251', weight: 1.5,
    forms: { company: 1 },
    companyWords: ['大药房', '医药', '药房'],
    licensed: [['药品零售', 1], ['第三类医疗器械经营', 0.7], ['食品销售', 0.4]],
    core: ['第一类医疗器械销售', '第二类医疗器械销售'],
    general: ['保健食品（预包装）销售', '化妆品零售', '个人卫生用品销售', '消毒剂销售（不含危险化学品）', PREPACKED, '日用百货销售', '健康咨询服务（不含诊疗服务）'],
    extra: [2, 5],
  },
  {
    key: 'medicalDevices', industryCode: 'F5154', weight: 1,
    forms: { company: 1 },
    companyWords: ['医疗器械', '医疗科技', '生物科技'],
    licensed: [['第三类医疗器械经营', 1], ['第三类医疗器械租赁', 0.2]],
    core: ['第一类医疗器械销售', '第二类医疗器械销售'],
    general: ['第二类医疗器械租赁', TECH, '货物进出口', '仪器仪表销售', '消毒剂销售（不含危险化学品）', '软件销售'],
    extra: [1, 4],
  },
  {
    key: 'software', industryCode: 'I6513', weight: 4,
    forms: { company: 1 },
    companyWords: ['信息科技', '网络科技', '软件科技', '智能科技', '数字科技'],
    licensed: [],
    unclear: [['互联网信息服务', 0.12]],
    core: [TECH, '软件开发'],
    general: ['信息系统集成服务', '网络技术服务', '计算机软硬件及辅助设备零售', INFO, '人工智能应用软件开发', '数据处理服务', '信息技术咨询服务', '广告设计、代理', '电子产品销售', '软件销售'],
    extra: [2, 6],
    regions: { [BAYAREA]: 3, [SHANYANG]: 2, [FENGJING]: 1.5 },
  },
  {
    key: 'consulting', industryCode: 'L7243', weight: 4,
    forms: { company: 1 },
    companyWords: ['企业管理咨询', '商务咨询', '企业管理', '企业发展'],
    licensed: [],
    core: ['企业管理咨询'],
    general: [INFO, '社会经济咨询服务', '市场营销策划', '会议及展览服务', '企业形象策划', '财务咨询', TECH, '组织文化艺术交流活动'],
    extra: [2, 5],
  },
  {
    key: 'advertising', industryCode: 'L7259', weight: 2,
    forms: { company: 1 },
    companyWords: ['广告', '文化传播', '文化传媒'],
    licensed: [['出版物零售', 0.05]],
    core: ['广告设计、代理', '广告制作'],
    general: ['广告发布', '组织文化艺术交流活动', '图文设计制作', '会议及展览服务', '市场营销策划', '企业形象策划'],
    extra: [1, 4],
  },
  {
    key: 'humanResources', industryCode: 'L7263', weight: 1.5,
    forms: { company: 1 },
    companyWords: ['人力资源', '劳务派遣', '人才服务'],
    licensed: [['劳务派遣服务', 0.6], ['职业中介活动', 0.7]],
    core: ['人力资源服务（不含职业中介活动、劳务派遣服务）'],
    general: ['劳务服务（不含劳务派遣）', '企业管理咨询', INFO, '专业保洁、清洗、消毒服务', '物业管理'],
    extra: [1, 3],
  },
  {
    key: 'construction', industryCode: 'E4790', weight: 4,
    forms: { company: 1 },
    companyWords: ['建设工程', '建筑工程', '建筑安装工程'],
    licensed: [['建设工程施工', 0.8], ['施工专业作业', 0.3], ['住宅室内装饰装修', 0.2]],
    core: [],
    general: ['建筑材料销售', '园林绿化工程施工', '土石方工程施工', '工程管理服务', '机械设备租赁', '金属材料销售', '住宅水电安装维护服务', '普通机械设备安装服务'],
    extra: [2, 5],
  },
  {
    key: 'decoration', industryCode: 'E5012', weight: 2.5,
    forms: { company: 8, individual: 2 },
    companyWords: ['装饰工程', '建筑装饰', '装潢设计'], shopWords: ['装潢服务部', '装饰工作室'],
    licensed: [['住宅室内装饰装修', 0.8], ['建设工程施工', 0.2]],
    core: ['建筑装饰材料销售'],
    general: ['住宅水电安装维护服务', '五金产品零售', '灯具销售', '卫生洁具销售', '家具销售', '图文设计制作'],
    extra: [1, 4],
  },
  {
    key: 'machinery', industryCode: 'C3489', weight: 3,
    forms: { company: 1 },
    companyWords: ['机械', '机械设备', '精密机械', '五金制品'],
    licensed: [],
    core: ['通用设备制造（不含特种设备制造）', '机械零件、零部件加工'],
    general: ['机械设备销售', '五金产品批发', '金属结构制造', '模具制造', TECH, '货物进出口', '通用设备修理', '金属材料销售'],
    extra: [2, 5],
    regions: INDUSTRIAL,
  },
  {
    key: 'elevator', industryCode: 'C3435', weight: 0.6,
    forms: { company: 1 },
    companyWords: ['电梯', '机电设备', '电梯工程'],
    licensed: [['特种设备制造', 0.7], ['特种设备安装改造修理', 0.9], ['特种设备设计', 0.2]],
    core: ['特种设备销售'],
    general: ['通用设备制造（不含特种设备制造）', '机械设备销售', '普通机械设备安装服务', TECH, '货物进出口', '通用设备修理'],
    extra: [1, 4],
    regions: INDUSTRIAL,
  },
  {
    key: 'pressureVessel', industryCode: 'C3332', weight: 0.4,
    forms: { company: 1 },
    companyWords: ['压力容器', '锅炉', '化工装备'],
    licensed: [['特种设备制造', 1], ['特种设备设计', 0.4], ['特种设备安装改造修理', 0.3]],
    core: ['特种设备销售'],
    general: ['金属结构制造', '通用设备制造（不含特种设备制造）', '机械设备销售', TECH, '货物进出口'],
    extra: [1, 3],
    regions: CHEMICAL,
  },
  {
    key: 'plastics', industryCode: 'C2929', weight: 2,
    forms: { company: 1 },
    companyWords: ['塑料制品', '塑胶', '新材料科技'],
    licensed: [['道路货物运输（不含危险货物）', 0.05]],
    core: ['塑料制品制造', '塑料制品销售'],
    general: ['橡胶制品制造', '橡胶制品销售', '合成材料销售', '模具制造', '包装材料及制品销售', '货物进出口'],
    extra: [1, 4],
    regions: { ...INDUSTRIAL, [SHIHUA]: 2 },
  },
  {
    key: 'garments', industryCode: 'C1819', weight: 1.5,
    forms: { company: 1 },
    companyWords: ['服饰', '服装', '制衣'],
    licensed: [],
    core: ['服装制造'],
    general: ['服饰制造', '服装服饰批发', '服装服饰零售', '针纺织品销售', '鞋帽零售', '货物进出口'],
    extra: [1, 4],
    regions: { [FENGJING]: 3, [ZHUJING]: 1.5, [LVXIANG]: 1.5 },
  },
  {
    key: 'electronics', industryCode: 'C3989', weight: 1.2,
    forms: { company: 1 },
    companyWords: ['电子科技', '电子', '光电科技'],
    licensed: [],
    core: ['电子元器件制造', '电子元器件批发'],
    general: ['电子产品销售', TECH, '货物进出口', '仪器仪表销售', '通讯设备销售', '软件开发'],
    extra: [1, 4],
    regions: INDUSTRIAL,
  },
  {
    key: 'newMaterials', industryCode: 'M7513', weight: 1.5,
    forms: { company: 1 },
    companyWords: ['新材料科技', '科技', '材料科技'],
    licensed: [['危险化学品经营', 0.08]],
    core: ['新材料技术研发', TECH],
    general: ['工程和技术研究和试验发展', '专用化学产品销售（不含危险化学品）', '合成材料销售', '货物进出口', '技术进出口'],
    extra: [1, 3],
    regions: CHEMICAL,
  },
  {
    key: 'clothingShop', industryCode: 'F5232', weight: 3,
    forms: { individual: 7, company: 3 },
    companyWords: ['服饰', '服装'], shopWords: ['服装店', '服饰店', '童装店'],
    licensed: [],
    core: ['服装服饰零售'],
    general: ['鞋帽零售', '箱包销售', '针纺织品销售', '珠宝首饰零售', '化妆品零售', '日用百货销售'],
    extra: [1, 3],
  },
  {
    key: 'hardwareShop', industryCode: 'F5281', weight: 3,
    forms: { individual: 6, company: 4 },
    companyWords: ['五金', '建材', '五金交电'], shopWords: ['五金店', '五金建材商店', '水电五金店'],
    licensed: [],
    core: ['五金产品零售'],
    general: ['五金产品批发', '建筑材料销售', '建筑装饰材料销售', '电线、电缆经营', '灯具销售', '卫生洁具销售', '涂料销售（不含危险化学品）', '劳动保护用品销售', '金属材料销售', '日用百货销售', '家用电器销售'],
    extra: [2, 5],
  },
  {
    key: 'hairSalon', industryCode: 'O8040', weight: 3.5,
    forms: { individual: 8, company: 2 },
    companyWords: ['美容美发', '美容', '形象设计'], shopWords: ['理发店', '美发店', '美容院', '美发工作室'],
    licensed: [['理发服务', 0.75], ['生活美容服务', 0.55]],
    core: [],
    general: ['美甲服务', '化妆品零售', '养生保健服务（非医疗）', '个人卫生用品销售', '日用百货销售'],
    extra: [1, 3],
  },
  {
    key: 'hotel', industryCode: 'H6129', weight: 1.5,
    forms: { company: 6, individual: 4 },
    companyWords: ['酒店管理', '宾馆', '酒店'], shopWords: ['宾馆', '旅馆', '旅社'],
    licensed: [['住宿服务', 1], ['餐饮服务', 0.3], ['食品销售', 0.2], ['烟草制品零售', 0.1]],
    core: [],
    general: ['酒店管理', '会议及展览服务', '停车场服务', '日用百货销售', '洗染服务'],
    extra: [1, 3],
  },
  {
    key: 'homestay', industryCode: 'H6130', weight: 0.8,
    forms: { individual: 6, company: 4 },
    companyWords: ['民宿', '乡村旅游', '旅游发展'], shopWords: ['民宿', '农家乐'],
    licensed: [['住宿服务', 1], ['餐饮服务', 0.5], ['食品销售', 0.2]],
    core: [],
    general: ['休闲观光活动', '酒店管理', '停车场服务', '食用农产品零售', '组织文化艺术交流活动'],
    extra: [1, 3],
    regions: { [FENGJING]: 3, [LANGXIA]: 4, [LVXIANG]: 2, [ZHANGYAN]: 2 },
  },
  {
    key: 'karaoke', industryCode: 'R9011', weight: 0.7,
    forms: { company: 1 },
    companyWords: ['娱乐', '文化娱乐', '休闲娱乐'],
    licensed: [['歌舞娱乐活动', 0.8], ['游艺娱乐活动', 0.3], ['餐饮服务', 0.4], ['酒类经营', 0.3], ['食品销售', 0.3], ['烟草制品零售', 0.2]],
    core: [],
    general: ['组织文化艺术交流活动', '会议及展览服务', '日用百货销售', '餐饮管理'],
    extra: [1, 3],
  },
  {
    key: 'bathhouse', industryCode: 'O8053', weight: 1.2,
    forms: { individual: 6, company: 4 },
    companyWords: ['养生', '休闲服务', '健康管理'], shopWords: ['足浴店', '养生馆', '浴室'],
    licensed: [['洗浴服务', 0.5]],
    core: ['养生保健服务（非医疗）'],
    general: ['足浴服务', '健身休闲活动', '日用百货销售', '健康咨询服务（不含诊疗服务）'],
    extra: [1, 2],
  },
  {
    key: 'fitness', industryCode: 'R8930', weight: 1,
    forms: { company: 1 },
    companyWords: ['体育发展', '健身', '体育文化'],
    licensed: [['高危险性体育运动（游泳）', 0.35]],
    core: ['健身休闲活动'],
    general: ['体育用品及器材零售', '体育竞赛组织', '体育场地设施经营（不含高危险性体育运动）', '会议及展览服务', '组织文化艺术交流活动'],
    extra: [1, 3],
  },
  {
    key: 'port', industryCode: 'G5532', weight: 0.3,
    forms: { company: 1 },
    companyWords: ['港务', '码头', '港口物流'],
    licensed: [['港口经营', 1], ['港口货物装卸搬运活动', 0.5], ['道路货物运输（不含危险货物）', 0.4]],
    core: ['装卸搬运'],
    general: [STORAGE, '国内货物运输代理', '国际货物运输代理', INFO, '机械设备租赁'],
    extra: [1, 3],
    regions: PORT,
  },
  {
    key: 'warehousing', industryCode: 'G5920', weight: 1.2,
    forms: { company: 1 },
    companyWords: ['仓储', '仓储服务', '供应链管理'],
    licensed: [['道路货物运输（不含危险货物）', 0.3]],
    core: [STORAGE],
    general: ['装卸搬运', '供应链管理服务', '国内货物运输代理', '低温仓储（不含危险化学品等需许可审批的项目）', INFO],
    extra: [1, 3],
    regions: INDUSTRIAL,
  },
  {
    key: 'chemicalStorage', industryCode: 'G5942', weight: 0.2,
    forms: { company: 1 },
    companyWords: ['化工仓储', '化工物流'],
    licensed: [['危险化学品仓储', 1], ['危险化学品经营', 0.5], ['道路危险货物运输', 0.3]],
    core: ['装卸搬运'],
    general: [STORAGE, '化工产品销售（不含许可类化工产品）', '国内货物运输代理'],
    extra: [1, 2],
    regions: CHEMICAL,
  },
  {
    key: 'environment', industryCode: 'N7724', weight: 0.8,
    forms: { company: 1 },
    companyWords: ['环保科技', '环境科技', '环境工程'],
    licensed: [['危险废物经营', 0.5], ['城市建筑垃圾处置（清运）', 0.2], ['道路危险货物运输', 0.15], ['道路货物运输（不含危险货物）', 0.3]],
    unclear: [['再生资源回收（除生产性废旧金属）', 0.2]],
    core: ['固体废物治理'],
    general: ['环保咨询服务', '水污染治理', '环境保护专用设备销售', TECH, '再生资源销售'],
    extra: [1, 4],
    regions: CHEMICAL,
  },
  {
    key: 'recycling', industryCode: 'F5191', weight: 1.5,
    forms: { individual: 5, company: 5 },
    companyWords: ['再生资源', '物资回收', '资源再生'], shopWords: ['废品回收站', '物资回收站'],
    licensed: [['道路货物运输（不含危险货物）', 0.15]],
    unclear: [['再生资源回收（除生产性废旧金属）', 0.9], ['生产性废旧金属回收', 0.35]],
    core: ['再生资源销售'],
    general: ['再生资源加工', '塑料制品销售', '金属材料销售', '纸制品销售'],
    extra: [0, 2],
  },
  {
    key: 'agriInputs', industryCode: 'F5167', weight: 1.2,
    forms: { individual: 5, company: 5 },
    companyWords: ['农资', '农业科技', '农业生产资料'], shopWords: ['农资商店', '农资店', '农机农资经营部'],
    licensed: [['农药零售', 0.7], ['农药批发', 0.15], ['兽药经营', 0.3]],
    core: ['肥料销售'],
    general: ['畜牧渔业饲料销售', '农业机械销售', '农副产品销售', '五金产品零售', '农业机械服务'],
    extra: [1, 3],
    regions: AGRICULTURAL,
  },
  {
    key: 'vegetableCoop', industryCode: 'A0141', weight: 1.2,
    forms: { cooperative: 1 },
    coopWords: ['蔬菜', '果蔬', '蔬果', '农产品'],
    licensed: [],
    unclear: [['农产品收购', 0.2]],
    core: ['蔬菜种植', '农产品的生产、销售、加工、运输、贮藏及其他相关服务'],
    general: ['食用农产品初加工', '食用农产品零售', '农作物栽培服务', '农业机械服务', '休闲观光活动', '花卉种植'],
    extra: [1, 3],
    regions: AGRICULTURAL,
  },
  {
    key: 'fruitCoop', industryCode: 'A0151', weight: 0.8,
    forms: { cooperative: 1 },
    coopWords: ['蟠桃', '果业', '水果', '桃业'],
    licensed: [],
    core: ['水果种植', '农产品的生产、销售、加工、运输、贮藏及其他相关服务'],
    general: ['食用农产品零售', '食用农产品初加工', '休闲观光活动', '农作物栽培服务'],
    extra: [1, 2],
    regions: { [LVXIANG]: 4, [ZHANGYAN]: 2, [LANGXIA]: 2, [TINGLIN]: 1.5 },
  },
  {
    key: 'grainCoop', industryCode: 'A0111', weight: 0.6,
    forms: { cooperative: 1 },
    coopWords: ['粮食', '水稻', '粮油'],
    licensed: [],
    unclear: [['农产品收购', 0.3]],
    core: ['谷物种植', '农产品的生产、销售、加工、运输、贮藏及其他相关服务'],
    general: ['农业机械服务', '农业生产托管服务', '食用农产品初加工', '农作物栽培服务'],
    extra: [1, 2],
    regions: AGRICULTURAL,
  },
  {
    key: 'machineryCoop', industryCode: 'A0512', weight: 0.4,
    forms: { cooperative: 1 },
    coopWords: ['农机', '农机服务', '农业机械'],
    licensed: [],
    core: ['农业机械服务', '农业生产托管服务'],
    general: ['农作物栽培服务', '农业机械销售', '谷物种植'],
    extra: [1, 2],
    regions: AGRICULTURAL,
  },
  {
    key: 'farm', industryCode: 'A0143', weight: 0.8,
    forms: { company: 1 },
    companyWords: ['农业发展', '农业科技', '生态农业', '园艺'],
    licensed: [['餐饮服务', 0.15], ['住宿服务', 0.08], ['食品销售', 0.2]],
    unclear: [['农产品收购', 0.2]],
    core: ['花卉种植'],
    general: ['蔬菜种植', '水果种植', '休闲观光活动', '食用农产品零售', '园林绿化工程施工', TECH],
    extra: [1, 4],
    regions: AGRICULTURAL,
  },
  {
    key: 'autoRepair', industryCode: 'O8111', weight: 2,
    forms: { individual: 5, company: 5 },
    companyWords: ['汽车服务', '汽车维修'], shopWords: ['汽车修理部', '汽车维修店', '汽车美容店'],
    licensed: [],
    unclear: [['洗车服务', 0.5]],
    core: ['机动车修理和维护'],
    general: ['汽车零配件零售', '汽车装饰用品销售', '轮胎销售', '润滑油销售', '二手车经纪'],
    extra: [1, 3],
  },
  {
    key: 'carDealer', industryCode: 'F5261', weight: 0.8,
    forms: { company: 1 },
    companyWords: ['汽车销售', '汽车贸易', '汽车销售服务'],
    licensed: [],
    core: ['汽车新车销售'],
    general: ['新能源汽车整车销售', '二手车经纪', '汽车零配件零售', '汽车装饰用品销售', '机动车修理和维护', '小微型客车租赁经营服务'],
    extra: [2, 4],
  },
  {
    key: 'training', industryCode: 'P8393', weight: 0.8,
    forms: { company: 1 },
    companyWords: ['培训学校', '教育科技', '文化艺术'],
    licensed: [['营利性民办自学考试助学教育机构', 0.3]],
    unclear: [['托育服务', 0.05]],
    core: ['教育咨询服务（不含涉许可审批的教育培训活动）'],
    general: ['组织文化艺术交流活动', '会议及展览服务', INFO, '体育竞赛组织'],
    extra: [1, 2],
  },
  {
    key: 'clinic', industryCode: 'Q8425', weight: 0.4,
    forms: { company: 1 },
    companyWords: ['门诊部', '诊所', '口腔门诊部'],
    licensed: [['医疗服务', 1]],
    core: ['健康咨询服务（不含诊疗服务）'],
    general: ['第二类医疗器械销售', '养生保健服务（非医疗）', '第一类医疗器械销售'],
    extra: [0, 2],
  },
  {
    key: 'travelAgency', industryCode: 'L7291', weight: 0.5,
    forms: { company: 1 },
    companyWords: ['国际旅行社', '旅行社', '旅游发展'],
    licensed: [['旅游业务', 0.7]],
    core: ['旅客票务代理'],
    general: ['旅游开发项目策划咨询', '会议及展览服务', '酒店管理', '休闲观光活动', '组织文化艺术交流活动'],
    extra: [1, 3],
  },
  {
    key: 'householdServices', industryCode: 'O8010', weight: 2,
    forms: { company: 7, individual: 3 },
    companyWords: ['家政服务', '物业管理', '保洁服务'], shopWords: ['家政服务部', '保洁服务部'],
    licensed: [['劳务派遣服务', 0.04]],
    unclear: [['养老服务', 0.1], ['托育服务', 0.04]],
    core: ['家政服务'],
    general: ['专业保洁、清洗、消毒服务', '物业管理', '住宅水电安装维护服务', '家用电器安装服务', '日用产品修理', '园林绿化工程施工', '劳务服务（不含劳务派遣）'],
    extra: [1, 4],
  },
  {
    key: 'eCommerce', industryCode: 'F5294', weight: 3,
    forms: { company: 8, individual: 2 },
    companyWords: ['电子商务', '网络科技', '贸易'], shopWords: ['网店', '电子商务商行'],
    licensed: [['食品互联网销售', 0.15], ['食品销售', 0.25], ['出版物零售', 0.04]],
    unclear: [['互联网信息服务', 0.08]],
    core: ['互联网销售（除销售需要许可的商品）'],
    general: ['日用百货销售', '化妆品零售', '服装服饰零售', '电子产品销售', '家居用品销售', '母婴用品销售', '玩具销售', '箱包销售', '宠物食品及用品零售', TECH],
    extra: [2, 6],
  },
  {
    key: 'tobaccoShop', industryCode: 'F5227', weight: 2,
    forms: { individual: 9, company: 1 },
    companyWords: ['烟酒', '商贸'], shopWords: ['烟酒店', '烟杂店', '烟酒商行'],
    licensed: [['烟草制品零售', 1], ['酒类经营', 0.6], ['食品销售', 0.5]],
    unclear: [['电子烟零售', 0.25]],
    core: ['日用百货销售'],
    general: [PREPACKED, '日用品销售', '个人卫生用品销售'],
    extra: [0, 2],
  },
  {
    key: 'bookstore', industryCode: 'F5243', weight: 0.6,
    forms: { individual: 5, company: 5 },
    companyWords: ['文化发展', '图书', '书店'], shopWords: ['书店', '书报亭', '文具书店'],
    licensed: [['出版物零售', 1]],
    core: ['文具用品零售'],
    general: ['办公用品销售', '体育用品及器材零售', '工艺美术品及礼仪用品销售（象牙及其制品除外）', '玩具销售', '教育咨询服务（不含涉许可审批的教育培训活动）'],
    extra: [1, 3],
  },
  {
    key: 'trading', industryCode: 'F5199', weight: 5,
    forms: { company: 1 },
    companyWords: ['贸易', '实业', '商贸', '国际贸易', '实业发展'],
    licensed: [['食品销售', 0.12], ['道路货物运输（不含危险货物）', 0.05]],
    core: ['货物进出口'],
    general: ['技术进出口', '进出口代理', '金属材料销售', '建筑材料销售', '五金产品批发', '日用百货销售', '电子产品销售', '机械设备销售', '化工产品销售（不含许可类化工产品）', '针纺织品销售', '纸制品销售', '包装材料及制品销售', '家具销售', '办公用品销售', '化妆品批发', '服装服饰批发', INFO],
    extra: [3, 8],
  },
];

// ---------------------------------------------------------------------------------------------------
// Names, entity types and addresses.

const TRADE_NAME_FIRST = [
  ...'金泾枫亭卫锦瑞鑫华荣丰汇恒宏德盛嘉源润博安佳祥和顺欣达森众海昊聚诚泰隆晟昱腾君',
  ...'永宝富康利弘',
  ...'鼎新益旭振天明信乐创远航辰星韵悦',
];
const TRADE_NAME_SECOND = [
  ...'山城湾泽源峰茂业通诚禾邦跃晖凯岚骏翔麟阳帆铭轩浦沁雅涵澜宸铖睿宁川林越',
  ...'丰泰利达盛兴隆发',
];

/** A two-character trade name (字号). */
function tradeName(rng: Rng): string {
  const first = pick(rng, TRADE_NAME_FIRST);
  let second = pick(rng, TRADE_NAME_SECOND);
  while (second === first) second = pick(rng, TRADE_NAME_SECOND);
  return first + second;
}

// Real wording of 企业类型 on the business license, with rough shares among companies.
const COMPANY_TYPES: Array<[string, number]> = [
  ['有限责任公司（自然人投资或控股）', 55],
  ['有限责任公司（自然人独资）', 30],
  ['有限责任公司（自然人投资或控股的法人独资）', 6],
  ['其他有限责任公司', 4],
  ['股份有限公司（非上市、自然人投资或控股）', 3],
  ['有限责任公司（国有控股）', 2],
];
const INDIVIDUAL_TYPE = '个体工商户';
const COOPERATIVE_TYPE = '农民专业合作社';

// GB 32100-2015 category under registration department 9.
const CATEGORY: Record<Form, string> = { company: '1', individual: '2', cooperative: '3' };

// Roads of each town or street (real roads, a modest list each); `long` roads carry four-digit numbers.
const ROADS: Record<string, Array<[string, boolean]>> = {
  [SHIHUA]: [['卫零路', false], ['蒙山路', false], ['龙胜路', false], ['新城路', false], ['卫清西路', false], ['板桥西路', false]],
  [ZHUJING]: [['人民路', false], ['南圩路', false], ['万安街', false], ['东林街', false], ['秀州街', false], ['东风路', false], ['朱平公路', true]],
  [FENGJING]: [['亭枫公路', true], ['新枫路', false], ['朱枫公路', true], ['曹黎路', false], ['环东一路', false], ['泾波路', false], ['建安路', false]],
  [ZHANGYAN]: [['松金公路', true], ['金张公路', true], ['新华路', false], ['东贤路', false], ['留溪路', false]],
  [TINGLIN]: [['亭卫公路', true], ['林盛路', false], ['寺平北路', false], ['亭枫公路', true]],
  [LVXIANG]: [['朱吕公路', true], ['璜溪西街', false], ['金张公路', true], ['金石公路', true], ['松卫南路', true]],
  [LANGXIA]: [['景乐路', false], ['漕廊公路', true], ['金廊公路', true]],
  [JINSHANWEI]: [['学府路', false], ['钱鑫路', false], ['海金路', false], ['秦湾路', false], ['新卫公路', true], ['金石南路', true], ['秋实路', false]],
  [CAOJING]: [['沪杭公路', true], ['友谊路', false], ['漕廊公路', true]],
  [SHANYANG]: [['卫清东路', true], ['亭卫公路', true], ['海美路', false]],
  [BAYAREA]: [['广业路', false], ['夏宁路', false], ['月工路', false], ['开乐大街', false], ['亭卫公路', true]],
};

// Default spread of entities over the district (roughly by population and business activity).
const REGION_WEIGHTS: Record<string, number> = {
  [SHIHUA]: 12, [ZHUJING]: 12, [FENGJING]: 10, [ZHANGYAN]: 6, [TINGLIN]: 10, [LVXIANG]: 6,
  [LANGXIA]: 4, [JINSHANWEI]: 10, [CAOJING]: 6, [SHANYANG]: 14, [BAYAREA]: 10,
};

const REGION_NAMES: Record<string, string> = Object.fromEntries(regions.map((r) => [r.code, r.name]));

function pickRegion(rng: Rng, profile: Profile, form: Form): string {
  const entries = regions.map((r): [string, number] => {
    let weight = (REGION_WEIGHTS[r.code] ?? 1) * (profile.regions?.[r.code] ?? 1);
    // The high-tech zone hosts companies; shops and cooperatives sit in the towns, cooperatives not in the
    // 石化 street either.
    if (form !== 'company' && r.code === BAYAREA) weight = 0;
    if (form === 'cooperative' && r.code === SHIHUA) weight = 0;
    return [r.code, weight];
  });
  return pickWeighted(rng, entries);
}

function address(rng: Rng, regionCode: string, form: Form): string {
  const [road, long] = pick(rng, ROADS[regionCode]);
  const number = long ? intBetween(rng, 100, 9999) : intBetween(rng, 1, 999);
  const town = regionCode === BAYAREA ? '' : REGION_NAMES[regionCode];
  let detail = '';
  if (form === 'company') {
    // Companies often register in a park building: 幢 and 室.
    const r = rng();
    if (r < 0.45) detail = `${intBetween(rng, 1, 12)}幢${intBetween(rng, 1, 6)}${String(intBetween(rng, 1, 40)).padStart(2, '0')}室`;
    else if (r < 0.6) detail = `${intBetween(rng, 1, 5)}层`;
  } else if (form === 'individual' && rng() < 0.3) {
    detail = `${intBetween(rng, 1, 3)}楼`;
  }
  return `上海市金山区${town}${road}${number}号${detail}`;
}

// ---------------------------------------------------------------------------------------------------
// Credit codes: registration department 9, category by form, region 310116, organization base 'MA1' + 5
// characters. The five characters are the base-31 digits of (a·index + b) mod 31^5 with a and b from the
// seed: an affine bijection (a is coprime to 31), so codes are unique for every index below 31^5.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const BASE_DIGITS = 5;
const BASE_SPACE = 31 ** BASE_DIGITS; // 28,629,151
const BASE_PREFIX = 'MA1';

interface Affine {
  a: number;
  b: number;
  aInverse: number;
}

function affineFor(seed: number): Affine {
  let a = 1 + (mixSeed(seed, 0xa11ce) % (BASE_SPACE - 1));
  if (a % 31 === 0) a += 1;
  const b = mixSeed(seed, 0xb0b) % BASE_SPACE;
  return { a, b, aInverse: modInverse(a, BASE_SPACE) };
}

function modInverse(a: number, m: number): number {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

// (x · y) mod m without losing precision: x, y < 31^5 keeps the product below 2^53.
function mulMod(x: number, y: number, m: number): number {
  return (x * y) % m;
}

function creditCodeBase(index: number, affine: Affine): string {
  let v = (mulMod(affine.a, index % BASE_SPACE, BASE_SPACE) + affine.b) % BASE_SPACE;
  let digits = '';
  for (let i = 0; i < BASE_DIGITS; i++) {
    digits = ALPHABET[v % 31] + digits;
    v = Math.floor(v / 31);
  }
  return BASE_PREFIX + digits;
}

/** The generator index behind a demo credit code, or null for a code this generator did not make. */
function indexOfCreditCode(creditCode: string, affine: Affine): number | null {
  if (creditCode.length !== 18 || creditCode.slice(8, 11) !== BASE_PREFIX) return null;
  let v = 0;
  for (const c of creditCode.slice(11, 16)) {
    const digit = ALPHABET.indexOf(c);
    if (digit < 0) return null;
    v = v * 31 + digit;
  }
  return mulMod((v - affine.b + BASE_SPACE) % BASE_SPACE, affine.aInverse, BASE_SPACE);
}

// ---------------------------------------------------------------------------------------------------
// Dates (calendar dates, no time zone: day numbers since 1970-01-01).

const DAY_MS = 86_400_000;

function toDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of a period of `years` years starting on `day` (e.g. 2024-03-01 → 2029-02-28). */
function endOfYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  const end = Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate());
  return Math.floor(end / DAY_MS) - 1;
}

const REFERENCE_DAY = toDay(REFERENCE_DATE);
/** First start of a five-year period that ends after REFERENCE_DATE (2021-11-28 for 2026-11-26). */
const EXPIRING_WINDOW_START = (() => {
  const ref = new Date(REFERENCE_DAY * DAY_MS);
  return Math.floor(Date.UTC(ref.getUTCFullYear() - LICENSE_YEARS, ref.getUTCMonth(), ref.getUTCDate() + 2) / DAY_MS);
})();
const FIRST_DAY = toDay(FIRST_ESTABLISHED);

// ---------------------------------------------------------------------------------------------------
// The catalog as the generator uses it.

const CATALOG = new Map<string, ScopeCatalogSeed>(scopeCatalog.map((row) => [row.wording, row]));
// Unclear items that are license-type activities are written under 许可项目; the rest under 一般项目.
const UNCLEAR_IN_LICENSED_PART = new Set(['互联网信息服务', '电子烟零售']);

function checkProfiles(): void {
  for (const profile of PROFILES) {
    const wordings = [
      ...profile.licensed.map(([w]) => w),
      ...(profile.unclear ?? []).map(([w]) => w),
      ...profile.core,
      ...profile.general,
    ];
    for (const wording of wordings) {
      const row = CATALOG.get(wording);
      if (!row) throw new Error(`demo profile ${profile.key}: '${wording}' is not in the scope catalog`);
      const expected = profile.licensed.some(([w]) => w === wording)
        ? ['licensed', 'preLicensed']
        : (profile.unclear ?? []).some(([w]) => w === wording)
          ? ['unclear']
          : ['general'];
      if (!expected.includes(row.kind)) {
        throw new Error(`demo profile ${profile.key}: '${wording}' is ${row.kind} in the catalog`);
      }
    }
  }
}
checkProfiles();

const PROFILE_WEIGHTS: Array<[Profile, number]> = PROFILES.map((p) => [p, p.weight]);

/** The business scope text in the official format (RULES.md "Dual notification"). */
export function formatBusinessScope(licensedItems: string[], generalItems: string[]): string {
  const parts: string[] = [];
  if (licensedItems.length > 0) parts.push(`许可项目：${licensedItems.join('；')}。${LICENSED_PART_NOTE}`);
  if (generalItems.length > 0) parts.push(`一般项目：${generalItems.join('；')}。${GENERAL_PART_NOTE}`);
  return parts.join('');
}

function businessScope(rng: Rng, profile: Profile): string {
  const licensedItems = profile.licensed.filter(([, p]) => rng() < p).map(([w]) => w);
  const unclearItems = (profile.unclear ?? []).filter(([, p]) => rng() < p).map(([w]) => w);
  const extra = pickSome(rng, profile.general, intBetween(rng, profile.extra[0], profile.extra[1]));
  const generalItems = [...profile.core, ...extra];
  for (const item of unclearItems) {
    (UNCLEAR_IN_LICENSED_PART.has(item) ? licensedItems : generalItems).push(item);
  }
  // Every scope has a general part; a profile whose draw left it empty gets its first general wording.
  if (generalItems.length === 0) generalItems.push(profile.general[0]);
  return formatBusinessScope(licensedItems, generalItems);
}

function entityName(rng: Rng, profile: Profile, form: Form, regionCode: string, entityType: string): string {
  const trade = tradeName(rng);
  const town = REGION_NAMES[regionCode];
  switch (form) {
    case 'individual':
      return `金山区${town}${trade}${pick(rng, profile.shopWords ?? ['经营部'])}`;
    case 'cooperative':
      return `上海金山区${town}${trade}${pick(rng, profile.coopWords ?? ['农业'])}专业合作社`;
    case 'company': {
      const suffix = entityType.startsWith('股份有限公司') ? '股份有限公司' : '有限公司';
      return `上海${trade}${pick(rng, profile.companyWords ?? ['实业'])}${suffix}`;
    }
  }
}

/** One entity: a pure function of (seed, index). */
export function generateEntity(seed: number, index: number): EntitySeed {
  return entityAt(seed, index, affineFor(seed));
}

function entityAt(seed: number, index: number, affine: Affine): EntitySeed {
  const rng = mulberry32(mixSeed(seed, index, 0xe7));
  const profile = pickWeighted(rng, PROFILE_WEIGHTS);
  const form = pickWeighted(rng, Object.entries(profile.forms) as Array<[Form, number]>);
  const entityType =
    form === 'company' ? pickWeighted(rng, COMPANY_TYPES) : form === 'individual' ? INDIVIDUAL_TYPE : COOPERATIVE_TYPE;
  const regionCode = pickRegion(rng, profile, form);
  const creditCode = makeCreditCode({
    registrationDepartment: '9',
    category: CATEGORY[form],
    regionCode: DISTRICT_CODE,
    organizationBase: creditCodeBase(index, affine),
  });
  return {
    creditCode,
    name: entityName(rng, profile, form, regionCode, entityType),
    entityType,
    industryCode: profile.industryCode,
    regionCode,
    address: address(rng, regionCode, form),
    legalRepresentative: chineseName(rng),
    businessScope: businessScope(rng, profile),
    registrationAuthority: REGISTRATION_AUTHORITY,
    establishedOn: fromDay(intBetween(rng, FIRST_DAY, REFERENCE_DAY)),
    status: rng() < DEREGISTERED_SHARE ? 'deregistered' : 'active',
  };
}

/** Market entities 0 … count−1 of the demo district for `seed`, one at a time. */
export function* generateEntities(options: { seed: number; count: number }): Generator<EntitySeed> {
  const affine = affineFor(options.seed);
  if (options.count > BASE_SPACE) throw new RangeError(`at most ${BASE_SPACE} entities have unique credit codes`);
  for (let index = 0; index < options.count; index++) yield entityAt(options.seed, index, affine);
}

// ---------------------------------------------------------------------------------------------------
// Licenses.

function digits(n: number, width: number): string {
  return String(n % 10 ** width).padStart(width, '0');
}

/** A check digit for demo numbers: weighted sum mod 10 (the real algorithms are not public for most). */
function checkDigit(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += (s.charCodeAt(i) - 48) * (i % 2 === 0 ? 3 : 1);
  return String(((sum % 10) + 10) % 10);
}

interface NumberContext {
  serial: number;
  year: number;
  wording: string;
  entity: EntitySeed;
  validTo: string;
}

const D = DISTRICT_CODE;

// License number formats modelled on the real certificates of each item; serial is the entity's
// generator index, so numbers of one item are unique for up to a million entities.
const LICENSE_NUMBER: Record<string, (c: NumberContext) => string> = {
  // 食品经营许可证: JY + 主体业态 (1 销售, 2 餐饮) + 行政区划 + 顺序码 + 校验码.
  L001: (c) => {
    const body = `${c.wording === '餐饮服务' ? 2 : 1}${D}${digits(c.serial, 6)}`;
    return `JY${body}${checkDigit(body)}`;
  },
  // 食品生产许可证: SC + 食品类别 (124 糕点) + 行政区划 + 顺序码 + 校验码.
  L002: (c) => {
    const body = `124${D}${digits(c.serial, 4)}`;
    return `SC${body}${checkDigit(body)}`;
  },
  L003: (c) => `沪交运管许可${c.wording === '道路旅客运输经营' ? '客' : '货'}字${D}${digits(c.serial, 6)}`,
  L004: (c) => `沪（金）应急管危经许〔${c.year}〕${digits(c.serial, 6)}`,
  L005: (c) => `沪CB16${digits(c.serial, 5)}`,
  L006: (c) => `沪金市监械经营许${c.year}${digits(c.serial, 5)}号`,
  // 烟草专卖零售许可证: twelve digits starting with the county code.
  L007: (c) => `${D}${digits(c.serial, 6)}`,
  L008: (c) => `新出发沪零字第金${digits(c.serial, 5)}号`,
  L009: (c) => `（沪）港经证（${digits(c.serial, 4)}）号`,
  // 特种设备生产许可证: TS + 类别 (33 电梯, 22 压力容器) + 31 (上海) + 顺序号 + 有效期截止年.
  L010: (c) => `TS${c.entity.industryCode === 'C3435' ? 33 : 22}31${digits(c.serial, 3)}-${c.validTo.slice(0, 4)}`,
  L011: (c) => `金卫公证字〔${c.year}〕第${D}${digits(c.serial, 6)}号`,
  L012: (c) => `沪金文娱许〔${c.year}〕${digits(c.serial, 4)}号`,
  L014: (c) => `沪环危经许〔${c.year}〕${digits(c.serial, 4)}号`,
  // 建筑业企业资质证书: D + 资质类别 + 31 + 顺序号.
  L015: (c) => `D${c.wording === '施工专业作业' ? 3 : 2}31${digits(c.serial, 6)}`,
  L016: (c) => `沪人社人服证字〔${c.year}〕第${D}${digits(c.serial, 4)}号`,
  L017: (c) => `沪人社派许字第${D}${digits(c.serial, 4)}号`,
  // 民办学校办学许可证: 教民 + 行政区划 + 类别 + 顺序号 (15 digits).
  L018: (c) => `教民${D}7${digits(c.serial, 8)}号`,
  L019: (c) => `沪酒零字第金${digits(c.serial, 6)}号`,
  L020: (c) => `（${c.year}）兽药经营证字31${digits(c.serial, 6)}号`,
  L021: (c) => `农药经许（沪）${D}${c.year}${digits(c.serial, 4)}`,
  L023: (c) => `沪金绿容建垃许〔${c.year}〕${digits(c.serial, 4)}号`,
  L024: (c) => `L-SH-1${digits(c.serial, 5)}`,
  // 医疗机构执业许可证 登记号: 类别代码 + 顺序号 + 行政区划 + 经营性质 + 类别 + 序号.
  L025: (c) => `PDY${digits(c.serial, 8)}${D}17D2112`,
  L026: (c) => `沪金体高危许〔${c.year}〕${digits(c.serial, 4)}号`,
};

function licenseNumber(licenseItemCode: string, c: NumberContext): string {
  const format = LICENSE_NUMBER[licenseItemCode];
  return format ? format(c) : `${licenseItemCode}-${D}-${digits(c.serial, 6)}`;
}

/**
 * The licenses of one entity: one per license item of its scope. Pre-registration items always have one
 * (issued shortly before registration); post-registration items have one for most active entities
 * (LICENSED_SHARE), issued after registration unless that date is still to come (pending). Each license
 * runs five years; most are renewed at the end (RENEWAL_SHARE), the rest are left expired; a few current
 * ones fall due within 60 days of REFERENCE_DATE. Deregistered entities have none.
 */
export function* generateLicenses(entity: EntitySeed, seed: number): Generator<LicenseSeed> {
  if (entity.status !== 'active') return;
  const affine = affineFor(seed);
  const serial = indexOfCreditCode(entity.creditCode, affine) ?? hashString(entity.creditCode);
  const established = toDay(entity.establishedOn);
  const items = new Map<string, { wording: string; pre: boolean }>();
  for (const item of parseBusinessScope(entity.businessScope)) {
    const row = CATALOG.get(normalizeScopeWording(item.text));
    if (!row?.licenseItemCode || items.has(row.licenseItemCode)) continue;
    items.set(row.licenseItemCode, { wording: row.wording, pre: row.kind === 'preLicensed' });
  }
  for (const [licenseItemCode, { wording, pre }] of items) {
    const rng = mulberry32(mixSeed(seed, hashString(entity.creditCode), hashString(licenseItemCode)));
    let from: number;
    if (pre) {
      from = established - intBetween(rng, 3, 40);
    } else {
      if (rng() >= LICENSED_SHARE) continue;
      from = established + intBetween(rng, 5, 90);
      if (from > REFERENCE_DAY) continue; // still being decided
    }
    let to = endOfYears(from, LICENSE_YEARS);
    while (to < REFERENCE_DAY && rng() < RENEWAL_SHARE) {
      from = to + 1;
      to = endOfYears(from, LICENSE_YEARS);
    }
    // A current license last renewed (or re-issued) so that it runs out within 60 days of REFERENCE_DATE.
    const windowStart = EXPIRING_WINDOW_START;
    if (to >= REFERENCE_DAY && established + 5 < windowStart && rng() < EXPIRING_SOON_SHARE) {
      from = intBetween(rng, windowStart, windowStart + 58);
      to = endOfYears(from, LICENSE_YEARS);
    }
    const validFrom = fromDay(from);
    const validTo = fromDay(to);
    yield {
      creditCode: entity.creditCode,
      licenseItemCode,
      licenseNo: licenseNumber(licenseItemCode, {
        serial,
        year: Number(validFrom.slice(0, 4)),
        wording,
        entity,
        validTo,
      }),
      validFrom,
      validTo,
    };
  }
}

/** Entities with their licenses, one entity at a time. */
export function* generateDemoData(options: {
  seed: number;
  count: number;
}): Generator<{ entity: EntitySeed; licenses: LicenseSeed[] }> {
  for (const entity of generateEntities(options)) {
    yield { entity, licenses: [...generateLicenses(entity, options.seed)] };
  }
}

// ---------------------------------------------------------------------------------------------------
// Hidden violation propensity and the history drawn from it (the credit-risk back-test, bench/riskBacktest.ts).

/**
 * The chance that a check of this entity finds it non-compliant, 0.02–0.60: hidden, a pure function of (seed,
 * credit code). The demo history below is drawn from it and so are the back-test's inspections after a date; the
 * credit-risk model never reads it, only the facts. Skewed as such rates are: most entities comply (median 0.06),
 * a few fail often (the fourth power of a uniform number).
 */
export function violationPropensity(seed: number, creditCode: string): number {
  const u = mulberry32(mixSeed(seed, hashString(creditCode), 0x5eed))();
  return 0.02 + 0.58 * u ** 4;
}

export interface HistoryFact {
  kind: 'penalty' | 'complaint' | 'abnormalOperation';
  /** YYYY-MM-DD, within the years before `until` and not before the entity was established. */
  on: string;
}

/** A count drawn from the Poisson distribution of mean `mean` (Knuth's method: means here are small). */
function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng(); p > limit; p *= rng()) k++;
  return k;
}

/**
 * What befell an entity in the `years` before `until`, drawn from its propensity p: administrative penalties
 * (on average 0.5 × p a year), complaints (0.1 + p a year: customers complain of the compliant too) and a listing
 * for abnormal operation (probability p / 2). Independent draws, so the facts are noisy evidence of p, as real
 * records are.
 */
export function generateHistory(entity: EntitySeed, seed: number, until: string, years = 3): HistoryFact[] {
  const p = violationPropensity(seed, entity.creditCode);
  const rng = mulberry32(mixSeed(seed, hashString(entity.creditCode), 0x415));
  const last = Date.parse(`${until}T00:00:00Z`);
  const first = Math.max(last - years * 365 * 86_400_000, Date.parse(`${entity.establishedOn ?? until}T00:00:00Z`));
  if (first >= last) return [];
  const span = (last - first) / (365 * 86_400_000);
  const day = () => new Date(first + Math.floor(rng() * (last - first))).toISOString().slice(0, 10);
  const facts: HistoryFact[] = [];
  for (let i = poisson(rng, 0.5 * p * span); i > 0; i--) facts.push({ kind: 'penalty', on: day() });
  for (let i = poisson(rng, (0.1 + p) * span); i > 0; i--) facts.push({ kind: 'complaint', on: day() });
  if (rng() < p / 2) facts.push({ kind: 'abnormalOperation', on: day() });
  return facts;
}
