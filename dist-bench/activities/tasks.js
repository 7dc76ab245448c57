"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTaskActivities = createTaskActivities;
const audit_1 = require("../db/audit");
// The `tasks` rows are projections of task state held by workflows (DESIGN.md rule 1): written only here,
// upserted by the natural key `taskKey`, so a retried activity leaves one row.
function createTaskActivities(db) {
    return {
        async saveTask({ task, change, actor }) {
            return db.writeTransaction(async (t) => {
                const { tasks, task_candidates } = db.models;
                const values = {
                    ...task,
                    dueAt: new Date(task.dueAt),
                    createdAt: new Date(task.createdAt),
                    completedAt: task.completedAt ? new Date(task.completedAt) : null,
                };
                let row = await tasks.findOne({ where: { taskKey: task.taskKey }, transaction: t });
                const isNew = !row;
                if (row)
                    await row.update(values, { transaction: t });
                else
                    row = await tasks.create(values, { transaction: t });
                const id = row.get('id');
                if (isNew && task.candidateDepartmentCodes.length > 0) {
                    await task_candidates.bulkCreate(task.candidateDepartmentCodes.map((departmentCode) => ({ taskId: id, departmentCode })), { transaction: t, ignoreDuplicates: true });
                }
                // A retried activity writes the same state again; the trail records the change once.
                const already = await db.models.audit_log.findOne({
                    where: { targetType: 'task', targetId: String(id), action: `task.${change}`, detail: JSON.stringify(auditDetail(task)) },
                    transaction: t,
                });
                if (!already) {
                    await (0, audit_1.appendAudit)(db, { actorType: actor ? 'user' : 'workflow', actor: actor ?? task.workflowId, action: `task.${change}`, targetType: 'task', targetId: String(id), detail: auditDetail(task) }, t);
                }
                return id;
            });
        },
    };
}
function auditDetail(task) {
    return {
        taskKey: task.taskKey,
        status: task.status,
        departmentCode: task.departmentCode,
        assignee: task.assigneeUsername,
        escalationLevel: task.escalationLevel,
        outcome: task.outcome,
    };
}
//# sourceMappingURL=tasks.js.map