"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createDeadlineActivities = createDeadlineActivities;
const workingDays_1 = require("../domain/workingDays");
// Deadlines are computed here, not in workflow code: the calendar changes every year (DESIGN.md rule 2),
// and the absolute due time the activity returns is what the workflow's history keeps.
function createDeadlineActivities(db, options) {
    async function calendar() {
        const rows = (await db.models.calendar_overrides.findAll({ raw: true }));
        return new workingDays_1.WorkingDayCalendar(rows.map((r) => ({ date: String(r.date), workingDay: Boolean(r.workingDay), note: r.note ?? undefined })));
    }
    return {
        /** The close of the Nth working day after `from` (RULES.md "Working days"), as an ISO instant. */
        async computeDueAt(input) {
            const from = new Date(input.from);
            if (options.secondsPerWorkingDay) {
                return new Date(from.getTime() + input.workingDays * options.secondsPerWorkingDay * 1000).toISOString();
            }
            return (await calendar()).addWorkingDays(from, input.workingDays).toISOString();
        },
    };
}
//# sourceMappingURL=deadlines.js.map