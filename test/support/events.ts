import crypto from 'node:crypto';
import { makeCreditCode } from '../../domain/creditCode';

/** A fresh, valid credit code of a 金山区 company, different on every call. */
export function newCreditCode(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const base = Array.from(crypto.randomBytes(8), (b) => alphabet[b % alphabet.length]).join('');
  return makeCreditCode({ registrationDepartment: '9', category: '1', regionCode: '310116', organizationBase: base });
}

/**
 * A tag that tells one test run's records apart in names a person reads. Digits only: a hex tag of letters
 * alone ("aacefd") reads as English to the Chinese UI's language audit (test/e2e/a11y.ts), one run in ~50.
 */
export const newRunTag = () => String(crypto.randomInt(100_000_000)).padStart(8, '0');

export const newEventId = (prefix = 'REG') => `${prefix}-${crypto.randomBytes(8).toString('hex')}`;

export const SCOPE_FOOD_TRANSPORT_UNCLEAR =
  '许可项目：食品销售；道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：日用百货销售；农产品收购。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

export function registration(over: { action?: 'establish' | 'change' | 'deregister'; creditCode?: string; businessScope?: string; eventId?: string; occurredAt?: string; name?: string } = {}) {
  return {
    eventId: over.eventId ?? newEventId(),
    action: over.action ?? 'establish',
    occurredAt: over.occurredAt ?? new Date().toISOString(),
    entity: {
      creditCode: over.creditCode ?? newCreditCode(),
      name: over.name ?? '上海枫泾测试食品有限公司',
      entityType: '有限责任公司（自然人投资或控股）',
      industryCode: 'F5223',
      regionCode: '310116102',
      address: '上海市金山区枫泾镇亭枫公路1号',
      legalRepresentative: '张某',
      businessScope: over.businessScope ?? SCOPE_FOOD_TRANSPORT_UNCLEAR,
      registrationAuthority: '金山区市场监督管理局',
      establishedOn: '2026-11-26',
    },
  };
}
