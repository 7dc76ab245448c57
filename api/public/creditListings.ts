import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { LIST_TYPE_NAMES } from '../../domain/credit';
import { publicEntityName } from '../../domain/personalData';
import { shanghaiDate } from '../../domain/workingDays';
import { document, z } from '../openapi';
import { query, text } from '../validate';
import { entityMatch } from './entitySearch';

// 信用名单公示: the lists whose publication market regulation owes the public — 经营异常名录 (企业信息公示暂行条例
// Art. 17, 企业经营异常名录管理暂行办法) and 严重违法失信名单 (SAMR Order 44, 市场监督管理严重违法失信名单管理办法:
// published through the 国家企业信用信息公示系统). The other lists stay off this page: 失信被执行人 are
// published by the courts themselves (最高人民法院关于公布失信被执行人名单信息的若干规定), 重大税收违法失信主体 by
// the tax authority (税务总局令第54号). Only entries in force are shown: once an entry has expired, been
// repaired, removed or moved to another list, its publication ends with it.

export const PUBLIC_LIST_TYPES = ['abnormalOperationList', 'seriousViolationList'] as const;

const ListingsQuery = z.object({
  listType: z.enum(PUBLIC_LIST_TYPES).optional().describe('one list; both when absent'),
  q: text().max(100).optional().describe('credit code (whole or its beginning) or a fragment of the entity name'),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(25),
});

document({ method: 'get', path: '/public/v1/credit-listings', operationId: 'listPublicCreditListings', summary: 'List entities on the public credit lists (经营异常名录, 严重违法失信名单)', security: [], tags: ['public'], request: { query: ListingsQuery }, responses: { 200: { description: 'entries in force: entity (an individual business’s operator name masked), list, reason, decision number, deciding authority, listed on, ends on' } } }, [400]);

export function publicCreditListingRoutes(db: Db): Router {
  const r = Router();
  r.get('/credit-listings', async (req, res) => {
    const q = query(ListingsQuery, req);
    const today = shanghaiDate(new Date());
    const where = {
      [Op.and]: [
        { status: 'active', listType: q.listType ?? [...PUBLIC_LIST_TYPES] },
        // An entry past its end is out of force even before its workflow has marked it expired.
        { [Op.or]: [{ expiresOn: null }, { expiresOn: { [Op.gte]: today } }] },
        ...(q.q ? [entityMatch(db, q.q)] : []),
      ],
    };
    const { rows, count } = await db.models.credit_listings.findAndCountAll({ where, order: [['listedOn', 'DESC'], ['id', 'DESC']], limit: q.perPage, offset: (q.page - 1) * q.perPage, raw: true });
    res.json({
      data: (rows as any[]).map((l) => ({
        creditCode: l.creditCode,
        entityName: publicEntityName(l.creditCode, l.entityName),
        listType: l.listType,
        listName: LIST_TYPE_NAMES[l.listType as keyof typeof LIST_TYPE_NAMES],
        reason: l.reason,
        documentNo: l.documentNo,
        authority: l.authority,
        listedOn: l.listedOn,
        expiresOn: l.expiresOn,
      })),
      total: count,
    });
  });
  return r;
}
