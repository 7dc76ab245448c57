"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Task = void 0;
exports.taskRoutes = taskRoutes;
const express_1 = require("express");
const tasks_1 = require("../../domain/tasks");
const licenseFeedback_1 = require("../../workflows/licenseFeedback");
const middleware_1 = require("../auth/middleware");
const errors_1 = require("../errors");
const openapi_1 = require("../openapi");
const validate_1 = require("../validate");
const repository_1 = require("./repository");
const useCases_1 = require("./useCases");
const Department = openapi_1.z.object({ code: openapi_1.z.string(), name: openapi_1.z.string() });
exports.Task = openapi_1.z
    .object({
    id: openapi_1.z.number().int(),
    taskKey: openapi_1.z.string(),
    type: openapi_1.z.enum(tasks_1.TASK_TYPES),
    title: openapi_1.z.string(),
    status: openapi_1.z.enum(tasks_1.TASK_STATUSES),
    department: Department.nullable(),
    candidateDepartments: openapi_1.z.array(Department),
    assignee: openapi_1.z.object({ username: openapi_1.z.string(), displayName: openapi_1.z.string() }).nullable(),
    entity: openapi_1.z.object({ creditCode: openapi_1.z.string(), name: openapi_1.z.string() }),
    dueAt: openapi_1.z.string().datetime(),
    overdue: openapi_1.z.boolean(),
    escalationLevel: openapi_1.z.number().int().describe('0 none, 1 department supervisor, 2 district'),
    workflowId: openapi_1.z.string(),
    createdAt: openapi_1.z.string().datetime(),
    completedAt: openapi_1.z.string().datetime().nullable(),
    outcome: openapi_1.z.string().nullable(),
    comment: openapi_1.z.string().nullable(),
    allowedOutcomes: openapi_1.z.array(openapi_1.z.string()),
    data: openapi_1.z.record(openapi_1.z.string(), openapi_1.z.unknown()),
})
    .openapi('Task');
const bool = openapi_1.z.enum(['true', 'false']).transform((v) => v === 'true');
const TaskQuery = openapi_1.z.object({
    page: openapi_1.z.coerce.number().int().min(1).default(1),
    perPage: openapi_1.z.coerce.number().int().min(1).max(500).default(25),
    sort: openapi_1.z.enum(['dueAt', 'createdAt', 'escalationLevel', 'id']).default('dueAt'),
    order: openapi_1.z.enum(['ASC', 'DESC', 'asc', 'desc']).default('ASC').transform((o) => o.toUpperCase()),
    assignee: openapi_1.z.string().optional().describe('`me` or a username'),
    status: openapi_1.z
        .union([openapi_1.z.string(), openapi_1.z.array(openapi_1.z.string())])
        .optional()
        .transform((s) => (s === undefined ? undefined : (Array.isArray(s) ? s : [s]).flatMap((x) => x.split(',')).filter(Boolean)))
        .pipe(openapi_1.z.array(openapi_1.z.enum(tasks_1.TASK_STATUSES)).optional())
        .describe('one or more of open, claimed, completed, cancelled (comma-separated or repeated)'),
    department: openapi_1.z.string().optional(),
    type: openapi_1.z.enum(tasks_1.TASK_TYPES).optional(),
    overdue: bool.optional(),
    escalated: bool.optional(),
    unassigned: bool.optional(),
    entity: openapi_1.z.string().optional().describe('credit code'),
    q: openapi_1.z.string().max(100).optional().describe('entity name contains, or credit code starts with'),
    dueBefore: openapi_1.z.string().datetime({ offset: true }).optional().transform((d) => (d ? new Date(d) : undefined)),
});
const Id = openapi_1.z.object({ id: openapi_1.z.coerce.number().int().positive() });
const Complete = openapi_1.z.object({
    outcome: openapi_1.z.string().min(1),
    comment: openapi_1.z.string().max(2000).optional(),
    data: openapi_1.z.record(openapi_1.z.string(), openapi_1.z.unknown()).optional(),
});
const Reassign = openapi_1.z.object({ assignee: openapi_1.z.string().min(1).describe('username') });
const TimelineEntry = openapi_1.z.object({ at: openapi_1.z.string(), step: openapi_1.z.string(), actor: openapi_1.z.string().optional(), detail: openapi_1.z.string().optional() });
const ok = (schema, description) => ({ 200: { description, content: { 'application/json': { schema } } } });
(0, openapi_1.document)({ method: 'get', path: '/api/v1/tasks', tags: ['tasks'], security: openapi_1.userSecurity, request: { query: TaskQuery }, responses: ok(openapi_1.z.object({ data: openapi_1.z.array(exports.Task), total: openapi_1.z.number().int() }), 'tasks visible to you') });
(0, openapi_1.document)({ method: 'get', path: '/api/v1/tasks/{id}', tags: ['tasks'], security: openapi_1.userSecurity, request: { params: Id }, responses: ok(exports.Task, 'the task') });
(0, openapi_1.document)({ method: 'get', path: '/api/v1/tasks/{id}/timeline', tags: ['tasks'], security: openapi_1.userSecurity, request: { params: Id }, responses: ok(openapi_1.z.object({ data: openapi_1.z.array(TimelineEntry) }), 'the process timeline (pushed → received → decided …)') });
(0, openapi_1.document)({ method: 'post', path: '/api/v1/tasks/{id}/claim', tags: ['tasks'], security: openapi_1.userSecurity, request: { params: Id }, responses: ok(exports.Task, 'claimed') }, [401, 403, 404, 409]);
(0, openapi_1.document)({ method: 'post', path: '/api/v1/tasks/{id}/complete', tags: ['tasks'], security: openapi_1.userSecurity, request: { params: Id, body: { content: { 'application/json': { schema: Complete } } } }, responses: ok(exports.Task, 'completed') }, [400, 401, 403, 404, 409, 422]);
(0, openapi_1.document)({ method: 'post', path: '/api/v1/tasks/{id}/reassign', tags: ['tasks'], security: openapi_1.userSecurity, request: { params: Id, body: { content: { 'application/json': { schema: Reassign } } } }, responses: ok(exports.Task, 'reassigned (supervisor only)') }, [400, 401, 403, 404, 409, 422]);
function taskRoutes(db, temporal) {
    const r = (0, express_1.Router)();
    const staff = (0, middleware_1.requireUser)(db, 'admin', 'supervisor', 'inspector', 'clerk');
    r.get('/tasks', staff, async (req, res) => {
        const q = (0, validate_1.query)(TaskQuery, req);
        const { page, perPage, sort, order, assignee, ...filter } = q;
        res.json(await (0, repository_1.listTasks)(db, req.user, { ...filter, assignee: assignee === 'me' ? req.user.username : assignee }, { page, perPage, sort, order }));
    });
    r.get('/tasks/:id', staff, async (req, res) => {
        const { id } = (0, validate_1.parse)(Id, req.params, 'path');
        const task = await (0, repository_1.findVisibleTask)(db, req.user, id);
        if (!task)
            throw (0, errors_1.notFound)(`task ${id} does not exist or is not visible to you`);
        res.json(task);
    });
    r.get('/tasks/:id/timeline', staff, async (req, res) => {
        const { id } = (0, validate_1.parse)(Id, req.params, 'path');
        const task = await (0, repository_1.findVisibleTask)(db, req.user, id);
        if (!task)
            throw (0, errors_1.notFound)(`task ${id} does not exist or is not visible to you`);
        let data;
        try {
            data = await temporal.client.workflow.getHandle(task.workflowId).query(licenseFeedback_1.timelineQuery);
        }
        catch {
            // The history may be past retention: the projection keeps the same timeline.
            const n = await db.models.notifications.findByPk(task.workflowId);
            data = n?.get('timeline') ?? [];
        }
        res.json({ data });
    });
    r.post('/tasks/:id/claim', staff, async (req, res) => {
        const { id } = (0, validate_1.parse)(Id, req.params, 'path');
        res.json(await (0, useCases_1.claimTask)(db, temporal, req.user, id));
    });
    r.post('/tasks/:id/complete', staff, async (req, res) => {
        const { id } = (0, validate_1.parse)(Id, req.params, 'path');
        res.json(await (0, useCases_1.completeTask)(db, temporal, req.user, id, (0, validate_1.body)(Complete, req)));
    });
    r.post('/tasks/:id/reassign', (0, middleware_1.requireUser)(db, 'admin', 'supervisor'), async (req, res) => {
        const { id } = (0, validate_1.parse)(Id, req.params, 'path');
        res.json(await (0, useCases_1.reassignTask)(db, temporal, req.user, id, (0, validate_1.body)(Reassign, req).assignee));
    });
    return r;
}
//# sourceMappingURL=routes.js.map