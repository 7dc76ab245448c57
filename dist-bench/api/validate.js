"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.query = exports.body = void 0;
exports.parse = parse;
const errors_1 = require("./errors");
/** Parses a request part at the edge; malformed or missing fields answer 400 naming each field. */
function parse(schema, value, what = 'request body') {
    if (what === 'request body' && (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))) {
        throw (0, errors_1.badRequest)('the request body must be a JSON object');
    }
    const r = schema.safeParse(value);
    if (!r.success)
        throw (0, errors_1.badRequest)(`invalid ${what}`, (0, errors_1.fieldErrors)(r.error));
    return r.data;
}
const body = (schema, req) => parse(schema, req.body);
exports.body = body;
const query = (schema, req) => parse(schema, req.query, 'query');
exports.query = query;
//# sourceMappingURL=validate.js.map