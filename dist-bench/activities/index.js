"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createActivities = createActivities;
const deadlines_1 = require("./deadlines");
const registrations_1 = require("./registrations");
const tasks_1 = require("./tasks");
/** Every activity of the `TASK_QUEUE`, built from its dependencies (STYLE.md: activities by factory). */
function createActivities({ db, deadlines }) {
    return {
        ...(0, deadlines_1.createDeadlineActivities)(db, deadlines),
        ...(0, tasks_1.createTaskActivities)(db),
        ...(0, registrations_1.createRegistrationActivities)(db),
    };
}
//# sourceMappingURL=index.js.map