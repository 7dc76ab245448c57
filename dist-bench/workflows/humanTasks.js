"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.TaskBook = exports.reassignTaskUpdate = exports.completeTaskUpdate = exports.claimTaskUpdate = void 0;
const wf = __importStar(require("@temporalio/workflow"));
const tasks_1 = require("../domain/tasks");
const errors_1 = require("./errors");
exports.claimTaskUpdate = wf.defineUpdate('claimTask');
exports.completeTaskUpdate = wf.defineUpdate('completeTask');
exports.reassignTaskUpdate = wf.defineUpdate('reassignTask');
const { saveTask } = wf.proxyActivities({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '10 seconds' } });
/** Holds a workflow's tasks and writes each change through one ordered queue of activities. */
class TaskBook {
    workflowId;
    tasks = new Map();
    persisting = Promise.resolve();
    /** Extra checks a process adds before a task completes (e.g. license details for `issued`). */
    completionCheck = () => undefined;
    constructor(workflowId) {
        this.workflowId = workflowId;
    }
    get(taskKey) {
        const t = this.tasks.get(taskKey);
        if (!t)
            (0, errors_1.refuse)(errors_1.REFUSAL.conflict, `task ${taskKey} does not belong to this process`);
        return t;
    }
    has(taskKey) {
        return this.tasks.has(taskKey);
    }
    isOpen(taskKey) {
        const t = this.tasks.get(taskKey);
        return !!t && (t.status === 'open' || t.status === 'claimed');
    }
    async open(n) {
        const task = {
            taskKey: n.taskKey,
            type: n.type,
            title: n.title,
            status: 'open',
            departmentCode: n.departmentCode,
            candidateDepartmentCodes: n.candidateDepartmentCodes ?? [],
            assigneeUsername: null,
            creditCode: n.creditCode,
            entityName: n.entityName,
            dueAt: n.dueAt,
            escalationLevel: 0,
            workflowId: this.workflowId,
            createdAt: new Date().toISOString(),
            completedAt: null,
            outcome: null,
            comment: null,
            completedBy: null,
            allowedOutcomes: [...tasks_1.OUTCOMES_BY_TYPE[n.type]],
            data: n.data ?? {},
        };
        this.tasks.set(task.taskKey, task);
        await this.persist(task, 'created', null);
        return task;
    }
    validateClaim({ taskKey, actor }) {
        const t = this.requireOpen(taskKey);
        if (t.type === 'claim') {
            if (!t.candidateDepartmentCodes.includes(actor.departmentCode))
                (0, errors_1.refuse)(errors_1.REFUSAL.forbidden, 'your department is not a candidate for this item');
        }
        else if (t.assigneeUsername) {
            (0, errors_1.refuse)(errors_1.REFUSAL.conflict, `task is already claimed by ${t.assigneeUsername}`);
        }
        else if (t.departmentCode !== actor.departmentCode) {
            (0, errors_1.refuse)(errors_1.REFUSAL.forbidden, 'the task is offered to another department');
        }
    }
    /** Claiming a pool task settles the department; claiming any other task assigns it to the actor. */
    async claim(input) {
        this.validateClaim(input);
        const t = this.get(input.taskKey);
        if (t.type === 'claim') {
            return this.finish(t, { outcome: 'claimed', actor: input.actor.username, departmentCode: input.actor.departmentCode });
        }
        t.assigneeUsername = input.actor.username;
        t.status = 'claimed';
        await this.persist(t, 'claimed', input.actor.username);
        return t;
    }
    validateComplete(input) {
        const t = this.requireOpen(input.taskKey);
        if (t.assigneeUsername && t.assigneeUsername !== input.actor.username && !input.actor.roles.some((r) => r === 'supervisor' || r === 'admin')) {
            (0, errors_1.refuse)(errors_1.REFUSAL.forbidden, `task is claimed by ${t.assigneeUsername}`);
        }
        if (t.type === 'claim' && !t.candidateDepartmentCodes.includes(input.actor.departmentCode)) {
            (0, errors_1.refuse)(errors_1.REFUSAL.forbidden, 'your department is not a candidate for this item');
        }
        if (!t.allowedOutcomes.includes(input.outcome)) {
            (0, errors_1.refuse)(errors_1.REFUSAL.unprocessable, `outcome must be one of: ${t.allowedOutcomes.join(', ')}`);
        }
        this.completionCheck(t, input);
    }
    async complete(input) {
        this.validateComplete(input);
        const t = this.get(input.taskKey);
        return this.finish(t, {
            outcome: input.outcome,
            actor: input.actor.username,
            comment: input.comment,
            data: input.data,
            departmentCode: t.type === 'claim' ? input.actor.departmentCode : undefined,
        });
    }
    /** Completes a task on the process's own account (e.g. a decision received from a department's system). */
    async finish(t, f) {
        t.status = 'completed';
        t.outcome = f.outcome;
        t.comment = f.comment ?? null;
        t.completedBy = f.actor;
        t.completedAt = new Date().toISOString();
        if (f.departmentCode)
            t.departmentCode = f.departmentCode;
        if (!t.assigneeUsername)
            t.assigneeUsername = f.actor;
        if (f.data)
            t.data = { ...t.data, ...f.data };
        await this.persist(t, 'completed', f.actor);
        return t;
    }
    // Which departments a supervisor may reassign between is the API's permission check; here: state and role.
    validateReassign({ taskKey, actor }) {
        this.requireOpen(taskKey);
        if (!actor.roles.includes('admin') && !actor.roles.includes('supervisor'))
            (0, errors_1.refuse)(errors_1.REFUSAL.forbidden, 'only a supervisor may reassign');
    }
    async reassign(input) {
        this.validateReassign(input);
        const t = this.get(input.taskKey);
        t.assigneeUsername = input.assignee.username;
        t.departmentCode = input.assignee.departmentCode;
        t.status = 'claimed';
        await this.persist(t, 'reassigned', input.actor.username);
        return t;
    }
    async escalate(taskKey, level) {
        const t = this.get(taskKey);
        t.escalationLevel = level;
        await this.persist(t, 'escalated', null);
    }
    async cancelOpen(reason) {
        for (const t of this.tasks.values()) {
            if (t.status !== 'open' && t.status !== 'claimed')
                continue;
            t.status = 'cancelled';
            t.comment = reason;
            t.completedAt = new Date().toISOString();
            await this.persist(t, 'cancelled', null);
        }
    }
    /** Wires the shared updates of this book into the running workflow. */
    register(onChange) {
        wf.setHandler(exports.claimTaskUpdate, async (i) => { const t = await this.claim(i); onChange('claimed', t); return t; }, { validator: (i) => this.validateClaim(i) });
        wf.setHandler(exports.completeTaskUpdate, async (i) => { const t = await this.complete(i); onChange('completed', t); return t; }, { validator: (i) => this.validateComplete(i) });
        wf.setHandler(exports.reassignTaskUpdate, async (i) => { const t = await this.reassign(i); onChange('reassigned', t); return t; }, { validator: (i) => this.validateReassign(i) });
    }
    /** Waits until every queued write has reached the database. */
    flushed() {
        return this.persisting;
    }
    requireOpen(taskKey) {
        const t = this.get(taskKey);
        if (t.status === 'completed' || t.status === 'cancelled')
            (0, errors_1.refuse)(errors_1.REFUSAL.conflict, `task is already ${t.status}`);
        return t;
    }
    // Writes are chained so the row always ends with the latest state, whatever order activities finish in.
    persist(t, change, actor) {
        const snapshot = { ...t, candidateDepartmentCodes: [...t.candidateDepartmentCodes], data: { ...t.data } };
        this.persisting = this.persisting.then(() => saveTask({ task: snapshot, change, actor }));
        return this.persisting;
    }
}
exports.TaskBook = TaskBook;
//# sourceMappingURL=humanTasks.js.map