"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.visibleTo = visibleTo;
exports.listTasks = listTasks;
exports.findVisibleTask = findVisibleTask;
exports.findTaskByKey = findTaskByKey;
const sequelize_1 = require("sequelize");
const OPEN = ['open', 'claimed'];
/**
 * What a user may see, as a WHERE clause (DESIGN.md rule 7: enforced in every query, not only in the UI).
 * admin: everything; the district office's supervisors: their own and every second-level escalation;
 * supervisor and clerk: their department's tasks and the claim pool offered to it; inspector: their own
 * tasks and their department's open ones.
 */
function visibleTo(db, user) {
    if (user.roles.includes('admin'))
        return {};
    const dept = user.department.code;
    const offered = sequelize_1.Sequelize.literal(`"tasks"."id" IN (SELECT "taskId" FROM "task_candidates" WHERE "departmentCode" = ${db.sequelize.escape(dept)})`.replace(/"/g, db.dialect === 'mysql' ? '`' : '"'));
    const ors = [];
    if (user.roles.includes('supervisor') || user.roles.includes('clerk')) {
        ors.push({ departmentCode: dept }, offered);
        if (user.roles.includes('supervisor') && user.department.kind === 'district')
            ors.push({ escalationLevel: { [sequelize_1.Op.gte]: 2 } });
    }
    if (user.roles.includes('inspector')) {
        ors.push({ assigneeUsername: user.username }, { departmentCode: dept, status: OPEN });
    }
    return ors.length ? { [sequelize_1.Op.or]: ors } : { id: -1 };
}
function filterWhere(f, now) {
    const w = [];
    if (f.assignee)
        w.push({ assigneeUsername: f.assignee });
    if (f.status?.length)
        w.push({ status: f.status });
    if (f.department)
        w.push({ departmentCode: f.department });
    if (f.type)
        w.push({ type: f.type });
    if (f.overdue)
        w.push({ status: OPEN, dueAt: { [sequelize_1.Op.lt]: now } });
    if (f.escalated)
        w.push({ escalationLevel: { [sequelize_1.Op.gte]: 1 } });
    if (f.unassigned)
        w.push({ assigneeUsername: null });
    if (f.entity)
        w.push({ creditCode: f.entity });
    if (f.q)
        w.push({ [sequelize_1.Op.or]: [{ entityName: { [sequelize_1.Op.like]: `%${f.q}%` } }, { creditCode: { [sequelize_1.Op.like]: `${f.q}%` } }] });
    if (f.dueBefore)
        w.push({ dueAt: { [sequelize_1.Op.lt]: f.dueBefore } });
    return w;
}
async function listTasks(db, user, f, p) {
    const now = new Date();
    const where = { [sequelize_1.Op.and]: [visibleTo(db, user), ...filterWhere(f, now)] };
    // Ties break by the earlier deadline (the overdue board: highest escalation, then longest overdue), then id.
    const order = [[p.sort, p.order]];
    if (p.sort !== 'dueAt' && p.sort !== 'id')
        order.push(['dueAt', 'ASC']);
    if (p.sort !== 'id')
        order.push(['id', 'ASC']);
    const { rows, count } = await db.models.tasks.findAndCountAll({ where, order, limit: p.perPage, offset: (p.page - 1) * p.perPage });
    return { data: await toViews(db, rows.map((r) => r.get({ plain: true })), now), total: count };
}
/** One task, if it exists and the user may see it. */
async function findVisibleTask(db, user, id) {
    const row = await db.models.tasks.findOne({ where: { [sequelize_1.Op.and]: [{ id }, visibleTo(db, user)] } });
    if (!row)
        return null;
    return (await toViews(db, [row.get({ plain: true })], new Date()))[0];
}
async function findTaskByKey(db, taskKey) {
    const row = await db.models.tasks.findOne({ where: { taskKey } });
    return row ? (await toViews(db, [row.get({ plain: true })], new Date()))[0] : null;
}
async function toViews(db, rows, now) {
    if (rows.length === 0)
        return [];
    const departments = new Map((await db.models.departments.findAll({ raw: true })).map((d) => [d.code, { code: d.code, name: d.name }]));
    const usernames = [...new Set(rows.map((r) => r.assigneeUsername).filter(Boolean))];
    const users = new Map((await db.models.users.findAll({ where: { username: usernames }, attributes: ['username', 'displayName'], raw: true })).map((u) => [u.username, u]));
    const candidates = (await db.models.task_candidates.findAll({ where: { taskId: rows.map((r) => r.id) }, raw: true }));
    const dept = (code) => departments.get(code) ?? { code, name: code };
    return rows.map((r) => ({
        id: r.id,
        taskKey: r.taskKey,
        type: r.type,
        title: r.title,
        status: r.status,
        department: r.departmentCode ? dept(r.departmentCode) : null,
        candidateDepartments: candidates.filter((c) => c.taskId === r.id).map((c) => dept(c.departmentCode)),
        assignee: r.assigneeUsername ? { username: r.assigneeUsername, displayName: users.get(r.assigneeUsername)?.displayName ?? r.assigneeUsername } : null,
        entity: { creditCode: r.creditCode, name: r.entityName },
        dueAt: new Date(r.dueAt).toISOString(),
        overdue: OPEN.includes(r.status) && new Date(r.dueAt) < now,
        escalationLevel: r.escalationLevel,
        workflowId: r.workflowId,
        createdAt: new Date(r.createdAt).toISOString(),
        completedAt: r.completedAt ? new Date(r.completedAt).toISOString() : null,
        outcome: r.outcome,
        comment: r.comment,
        allowedOutcomes: OPEN.includes(r.status) ? r.allowedOutcomes : [],
        data: r.data ?? {},
    }));
}
//# sourceMappingURL=repository.js.map