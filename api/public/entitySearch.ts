import { Op, Sequelize, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { INDIVIDUAL_BUSINESS_MARK, INDIVIDUAL_BUSINESS_PREFIX, PERSONAL_NAME_MAX_LENGTH } from '../../domain/personalData';

// The public search box: `q` is a credit code (whole or its beginning) or any fragment of the entity's name.
// A name the public sees masked (domain/personalData.ts) must not be found by the characters masked away,
// or searching 张三 would tell who runs 张*: such rows match by their credit code only.

const CODE_PREFIX = /^[0-9A-Za-z]{1,18}$/;

/** Rows of `creditCode`/`entityName` whose name the public sees masked: the SQL twin of `nameMayBePersonal`. */
function maskedName(db: Db): WhereOptions {
  const length = Sequelize.fn(db.dialect === 'mysql' ? 'CHAR_LENGTH' : 'LENGTH', Sequelize.col('entityName'));
  return {
    [Op.and]: [
      { creditCode: { [Op.like]: `${INDIVIDUAL_BUSINESS_PREFIX}%` } },
      {
        [Op.or]: [
          Sequelize.where(length, { [Op.lte]: PERSONAL_NAME_MAX_LENGTH }),
          { [Op.and]: [{ entityName: { [Op.like]: `%${INDIVIDUAL_BUSINESS_MARK}` } }, Sequelize.where(length, { [Op.lte]: PERSONAL_NAME_MAX_LENGTH + INDIVIDUAL_BUSINESS_MARK.length })] },
          { entityName: { [Op.like]: '%·%' } },
        ],
      },
    ],
  };
}

/** The condition for `q`: a credit code prefix, or a name fragment of a name shown whole. */
export function entityMatch(db: Db, q: string): WhereOptions {
  const byName = { [Op.and]: [{ entityName: { [Op.like]: `%${q}%` } }, { [Op.not]: maskedName(db) }] };
  return CODE_PREFIX.test(q) ? { [Op.or]: [{ creditCode: { [Op.like]: `${q.toUpperCase()}%` } }, byName] } : byName;
}
