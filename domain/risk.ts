// The credit-risk model (F14, 数据分析): a score per entity from the facts the platform holds, classes A–D by
// thresholds. The classes are those of 国市监信发〔2022〕6号 (企业信用风险分类管理); the spot-check strata draw
// A at lower and D at higher ratios (RULES.md "Double-random spot checks"). The district office sets the weights
// and thresholds; every version is kept, so a class can be explained by the model that gave it.

/** The facts a score is made of, each counted for one entity at a date (window: the model's `windowMonths`). */
export const RISK_FACTORS = [
  'seriousViolation', // on the 严重违法失信名单 now
  'abnormalOperation', // on the 经营异常名录 now
  'otherListings', // on another credit list now (失信被执行人, 重大税收违法)
  'penalties', // administrative penalties within the window: collected records and the platform's decided cases
  'failedInspections', // spot checks and routine checks with a problem or a suspected violation within the window
  'warnings', // supervision warnings raised within the window
  'complaints', // complaints (投诉举报) collected within the window
  'lapsedLicenses', // licenses whose validity ended within the window
  'newEntity', // established less than a year before: no record yet to judge it by
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];
export type RiskFacts = Record<RiskFactor, number>;
export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

export interface RiskModel {
  version: number;
  /** Points for each occurrence of a fact. */
  weights: Record<RiskFactor, number>;
  /** Occurrences counted at most: ten complaints weigh like three, so one noisy source cannot decide the class. */
  countCap: number;
  /** Lowest score of class B, C and D (ascending); below B's is A. */
  thresholds: { B: number; C: number; D: number };
  /** How far back penalties, failed checks, warnings, complaints and lapsed licenses count. */
  windowMonths: number;
}

/**
 * The model the platform starts with (schema step 017), until the district office sets its own. A listing for
 * serious violations alone makes D (国市监信发〔2022〕6号 puts the seriously dishonest in the highest class); an
 * abnormal-operation listing with one more fact makes C; an entity without any fact is A.
 */
export const DEFAULT_RISK_MODEL: Omit<RiskModel, 'version'> = {
  weights: { seriousViolation: 60, abnormalOperation: 25, otherListings: 20, penalties: 12, failedInspections: 10, warnings: 4, complaints: 3, lapsedLicenses: 5, newEntity: 8 },
  countCap: 3,
  thresholds: { B: 5, C: 30, D: 60 },
  windowMonths: 36,
};

export interface RiskScore {
  score: number;
  riskClass: RiskClass;
  /** The facts that scored, each with its count and points, most points first: the explanation on the dossier. */
  factors: Array<{ factor: RiskFactor; count: number; points: number }>;
}

export function scoreRisk(model: Omit<RiskModel, 'version'>, facts: RiskFacts): RiskScore {
  const factors = RISK_FACTORS.filter((f) => facts[f] > 0 && model.weights[f] > 0)
    .map((factor) => ({ factor, count: facts[factor], points: model.weights[factor] * Math.min(facts[factor], model.countCap) }))
    .sort((a, b) => b.points - a.points);
  const score = factors.reduce((s, f) => s + f.points, 0);
  const { B, C, D } = model.thresholds;
  return { score, riskClass: score >= D ? 'D' : score >= C ? 'C' : score >= B ? 'B' : 'A', factors };
}

export const noFacts = (): RiskFacts => Object.fromEntries(RISK_FACTORS.map((f) => [f, 0])) as RiskFacts;
