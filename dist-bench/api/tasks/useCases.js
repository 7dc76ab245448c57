"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.claimTask = claimTask;
exports.completeTask = completeTask;
exports.reassignTask = reassignTask;
const humanTasks_1 = require("../../workflows/humanTasks");
const errors_1 = require("../errors");
const temporal_1 = require("../temporal");
const repository_1 = require("./repository");
const actorOf = (u) => ({ username: u.username, departmentCode: u.department.code, roles: u.roles });
async function visibleTask(db, user, id) {
    const task = await (0, repository_1.findVisibleTask)(db, user, id);
    if (!task)
        throw (0, errors_1.notFound)(`task ${id} does not exist or is not visible to you`);
    return task;
}
/** After the workflow's update returns, its activity has written the row: read it back for the answer. */
async function reread(db, taskKey) {
    const t = await (0, repository_1.findTaskByKey)(db, taskKey);
    if (!t)
        throw (0, errors_1.notFound)('task vanished');
    return t;
}
async function claimTask(db, temporal, user, id) {
    const task = await visibleTask(db, user, id);
    await (0, temporal_1.update)(temporal, task.workflowId, humanTasks_1.claimTaskUpdate, { taskKey: task.taskKey, actor: actorOf(user) });
    return reread(db, task.taskKey);
}
async function completeTask(db, temporal, user, id, input) {
    const task = await visibleTask(db, user, id);
    await (0, temporal_1.update)(temporal, task.workflowId, humanTasks_1.completeTaskUpdate, { taskKey: task.taskKey, actor: actorOf(user), ...input });
    return reread(db, task.taskKey);
}
async function reassignTask(db, temporal, user, id, assignee) {
    const task = await visibleTask(db, user, id);
    const target = await db.models.users.findOne({ where: { username: assignee, active: true } });
    if (!target)
        throw (0, errors_1.unprocessable)(`no active user ${assignee}`, [{ field: 'assignee', message: 'unknown user' }]);
    // A department supervisor reassigns within the task's department; the district office and admins across.
    const acrossDepartments = user.roles.includes('admin') || user.department.kind === 'district';
    const taskDepartment = task.department?.code ?? user.department.code;
    if (!acrossDepartments && (target.get('departmentCode') !== taskDepartment || taskDepartment !== user.department.code)) {
        throw (0, errors_1.forbidden)('a supervisor reassigns within their own department');
    }
    await (0, temporal_1.update)(temporal, task.workflowId, humanTasks_1.reassignTaskUpdate, {
        taskKey: task.taskKey,
        actor: actorOf(user),
        assignee: { username: target.get('username'), departmentCode: target.get('departmentCode') },
    });
    return reread(db, task.taskKey);
}
//# sourceMappingURL=useCases.js.map