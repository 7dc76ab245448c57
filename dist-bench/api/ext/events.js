"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Accepted = exports.EventId = void 0;
exports.eventHash = eventHash;
exports.sameEventOrConflict = sameEventOrConflict;
exports.requireValidCreditCode = requireValidCreditCode;
const node_crypto_1 = __importDefault(require("node:crypto"));
const creditCode_1 = require("../../domain/creditCode");
const errors_1 = require("../errors");
const openapi_1 = require("../openapi");
// What every external event shares (CONTRACT.md "External systems"): an eventId unique to its sender,
// and the same eventId again gets the same answer and changes nothing.
exports.EventId = openapi_1.z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only');
exports.Accepted = openapi_1.z
    .object({ eventId: openapi_1.z.string(), workflowId: openapi_1.z.string(), status: openapi_1.z.string() })
    .openapi('Accepted', { description: 'the event was accepted; the process runs on' });
/** A stable hash of the parsed event, to tell a repeated event from a different one with a reused id. */
function eventHash(event) {
    const canonical = (v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]))
        : v;
    return node_crypto_1.default.createHash('sha256').update(JSON.stringify(canonical(event))).digest('hex');
}
function sameEventOrConflict(storedHash, hash, eventId) {
    if (storedHash !== hash)
        throw (0, errors_1.conflict)(`eventId ${eventId} was already used for a different event`);
}
/** GB 32100: user input with a failing check is refused (RULES.md: "New input … is refused"). */
function requireValidCreditCode(code, field) {
    const v = (0, creditCode_1.validateCreditCode)(code);
    if (!v.valid)
        throw (0, errors_1.unprocessable)(`invalid unified social credit code: ${v.message}`, [{ field, message: v.message }]);
}
//# sourceMappingURL=events.js.map