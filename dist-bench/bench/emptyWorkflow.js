"use strict";
// The baseline of bench/registrations.ts: a workflow that does nothing, so starting and finishing it
// measures only the Temporal round trip (start, one workflow task, completion) on the same dev server.
Object.defineProperty(exports, "__esModule", { value: true });
exports.empty = empty;
async function empty() {
    // nothing
}
//# sourceMappingURL=emptyWorkflow.js.map