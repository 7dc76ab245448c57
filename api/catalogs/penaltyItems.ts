import type { Db } from '../../db';
import { findItem } from '../../db/catalogs';
import { unprocessable } from '../errors';

/** The penalty item a decision carries: the version picked, with the legal basis as it read then (F1, issue 11). */
export interface DecisionPenaltyItem {
  code: string;
  versionId: number;
  version: number;
  name: string;
  legalBasis: string;
}

/**
 * The penalty item a case's decision picks, by code, as the version in force now: refused when it is unknown,
 * retired, or another department's (a department penalises on its own list of penalty items).
 */
export async function penaltyItemOfDecision(db: Db, code: unknown, departmentCode: string | null): Promise<DecisionPenaltyItem> {
  const field = 'data.penaltyItem';
  if (typeof code !== 'string' || !code.trim()) throw unprocessable('a penalty names its penalty item (data.penaltyItem, a code of 行政处罚事项)', [{ field, message: 'required', code: 'penalty-item-required' }], { code: 'penalty-item-required' });
  const item = await findItem(db, 'penaltyItem', code.trim());
  if (!item) throw unprocessable(`unknown penalty item ${code}`, [{ field, message: 'unknown penalty item', code: 'penalty-item-unknown' }], { code: 'penalty-item-unknown', params: { code } });
  if (item.status === 'retired') throw unprocessable(`penalty item ${code} is retired`, [{ field, message: 'retired', code: 'penalty-item-retired' }], { code: 'penalty-item-retired', params: { code, name: item.name } });
  if (item.departmentCode !== departmentCode) throw unprocessable(`penalty item ${code} is another department's`, [{ field, message: 'another department’s penalty item', code: 'penalty-item-other-department' }], { code: 'penalty-item-other-department', params: { code, name: item.name } });
  return { code: item.code, versionId: item.versionId, version: item.version, name: item.name, legalBasis: item.legalBasis };
}
