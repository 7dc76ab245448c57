import type { ModelStatic, WhereOptions } from 'sequelize';
import type { SessionUser } from '../db/credentials';
import { z } from './openapi';
import { text } from './validate';

// The list conventions every resource follows (CONTRACT.md "Lists"): `page`, `perPage`, `sort`, `order`,
// answered as `{ data, total }`, and who sees beyond their own department.

export const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
  sort: text().optional(),
  order: z.enum(['ASC', 'DESC', 'asc', 'desc']).default('DESC'),
});

/** One page of a list, sorted by an allowed field (the first when none or another is asked), newest first by default. */
export async function page(model: ModelStatic<any>, where: WhereOptions, q: z.infer<typeof Paging>, sortable: string[]) {
  const sort = q.sort && sortable.includes(q.sort) ? q.sort : sortable[0];
  const { rows, count } = await model.findAndCountAll({ where, order: [[sort, q.order.toUpperCase()]], limit: q.perPage, offset: (q.page - 1) * q.perPage });
  return { data: rows.map((x: any) => x.get({ plain: true })), total: count };
}

/** Administrators, leaders and the district office see every department's records (DESIGN.md rule 7). */
export const seesAll = (u: SessionUser) => u.roles.includes('admin') || u.roles.includes('leader') || u.department.kind === 'district';
