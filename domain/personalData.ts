// Personal data of natural persons in what the public sees (DESIGN.md rule 7; 个人信息保护法 Art. 4: a
// name that identifies a living person is personal information). Companies are legal persons, but an
// individual business (个体工商户) may trade without a trade name (a name is optional: 个体工商户名称登记管理办法),
// and is then registered under its operator's own name — which a public list must not spell out.

/** GB 32100-2015: registration department 9 (market regulation), category 2 — an individual business. */
export const INDIVIDUAL_BUSINESS_PREFIX = '92';

/** How a name without a trade name is often written: the operator's name, then this mark. */
export const INDIVIDUAL_BUSINESS_MARK = '（个体工商户）';

/**
 * Longest name still taken for a person's own name: Han names are 2–4 characters; a transliterated name
 * (阿依古丽·买买提) carries a middle dot, caught separately. Shorter shop names (老张面馆) are masked too:
 * the credit code still identifies the business, and a masked shop name harms no one.
 */
export const PERSONAL_NAME_MAX_LENGTH = 4;

export const isIndividualBusiness = (creditCode: string) => creditCode.startsWith(INDIVIDUAL_BUSINESS_PREFIX);

/** Is this entity's registered name possibly its operator's own name? */
export function nameMayBePersonal(creditCode: string, name: string): boolean {
  if (!isIndividualBusiness(creditCode)) return false;
  const bare = name.endsWith(INDIVIDUAL_BUSINESS_MARK) ? name.slice(0, -INDIVIDUAL_BUSINESS_MARK.length) : name;
  return [...bare].length <= PERSONAL_NAME_MAX_LENGTH || bare.includes('·');
}

/**
 * The entity's name as the public may see it: an operator's name keeps its first character (the surname,
 * as notices write 张某) and every other character becomes `*`; the 个体工商户 mark stays.
 */
export function publicEntityName(creditCode: string, name: string): string {
  if (!nameMayBePersonal(creditCode, name)) return name;
  const marked = name.endsWith(INDIVIDUAL_BUSINESS_MARK);
  const chars = [...(marked ? name.slice(0, -INDIVIDUAL_BUSINESS_MARK.length) : name)];
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1)) + (marked ? INDIVIDUAL_BUSINESS_MARK : '');
}
