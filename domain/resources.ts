// Supervision resources (监管资源, F2; work plan 五(一)): inspectors with their fields of competence, region and
// status; outside experts (专家库) and third-party bodies (第三方机构) a plan draws on for items that need them;
// conflicts of interest (回避, 行政处罚法 Art. 43) declared and decided. Pure shapes and rules, no I/O.

/**
 * Fields of competence (专业领域): the small fixed list an inspector, an expert or a third-party body is
 * competent in, and that a check item needing outside expertise names. Local (district configuration);
 * each matches the statute a check item of the catalog rests on (db/demo/checkItems.ts).
 */
export const FIELDS = ['food', 'specialEquipment', 'drugs', 'productQuality', 'price', 'advertising', 'metrology'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_NAMES: Record<Field, string> = {
  food: '食品',
  specialEquipment: '特种设备',
  drugs: '药品',
  productQuality: '产品质量',
  price: '价格',
  advertising: '广告',
  metrology: '计量',
};

/** 在岗 / 休假 / 调离: only an inspector on duty is drawn into a team. */
export const INSPECTOR_STATUSES = ['onDuty', 'onLeave', 'transferred'] as const;
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];
export const INSPECTOR_STATUS_NAMES: Record<InspectorStatus, string> = { onDuty: '在岗', onLeave: '休假', transferred: '调离' };
/** An inspector without a profile yet is taken as on duty, as before profiles existed. */
export const DEFAULT_INSPECTOR_STATUS: InspectorStatus = 'onDuty';

/** An expert or a third-party body in the pool (`active`) or taken out of it (`inactive`); never deleted. */
export const RESOURCE_STATUSES = ['active', 'inactive'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
export const RESOURCE_STATUS_NAMES: Record<ResourceStatus, string> = { active: '可用', inactive: '停用' };

/**
 * Whose conflict of interest: an inspector (by credential number), an expert (by id) or a third-party body (by its
 * unified social credit code, as the published draw pool names it).
 */
export const CONFLICT_PARTIES = ['inspector', 'expert', 'thirdParty'] as const;
export type ConflictParty = (typeof CONFLICT_PARTIES)[number];
/**
 * 已申报 (declared) → 已确认 (confirmed by a supervisor) → 已解除 (lifted). Declared and confirmed conflicts both
 * keep the party out of the entity's teams (行政处罚法 Art. 43: recusal where an interest could affect fairness);
 * a lifted one no longer does, and may be declared again.
 */
export const CONFLICT_STATUSES = ['declared', 'confirmed', 'lifted'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];
export const CONFLICT_STATUS_NAMES: Record<ConflictStatus, string> = { declared: '已申报', confirmed: '已确认', lifted: '已解除' };
export const RECUSING_CONFLICT_STATUSES: readonly ConflictStatus[] = ['declared', 'confirmed'];

/** What a check item needs beyond the inspectors: an expert (drawn into the team) or a third-party body (assigned to it). */
export const EXPERTISE_NEEDS = ['expert', 'thirdParty'] as const;
export type ExpertiseNeed = (typeof EXPERTISE_NEEDS)[number];

/** A mainland mobile number (11 digits, 1[3-9]…) or a landline with its area code (021-57921234). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** A phone number as those who may not see it read it: 138****1234 (the dossier's masking, DESIGN.md rule 7). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/-/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** A third party's qualification has lapsed when its valid-until day (Asia/Shanghai date) is before today. */
export const qualificationLapsed = (validUntil: string, today: string) => validUntil < today;
