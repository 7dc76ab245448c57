"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errorHandler = exports.notFoundHandler = exports.unprocessable = exports.conflict = exports.notFound = exports.forbidden = exports.unauthorized = exports.badRequest = exports.AppError = void 0;
exports.fieldErrors = fieldErrors;
const logger_1 = require("./logger");
/** The one error shape (nodebestpractices 2.2): thrown anywhere, rendered as RFC 9457 problem+json. */
class AppError extends Error {
    status;
    title;
    errors;
    constructor(status, title, detail, errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }
}
exports.AppError = AppError;
const badRequest = (detail, errors) => new AppError(400, 'Bad Request', detail, errors);
exports.badRequest = badRequest;
const unauthorized = (detail = 'valid credentials are required') => new AppError(401, 'Unauthorized', detail);
exports.unauthorized = unauthorized;
const forbidden = (detail) => new AppError(403, 'Forbidden', detail);
exports.forbidden = forbidden;
const notFound = (detail) => new AppError(404, 'Not Found', detail);
exports.notFound = notFound;
const conflict = (detail) => new AppError(409, 'Conflict', detail);
exports.conflict = conflict;
const unprocessable = (detail, errors) => new AppError(422, 'Unprocessable Content', detail, errors);
exports.unprocessable = unprocessable;
const TYPE_BASE = 'https://zongjian.dev/problems/';
function fieldErrors(error) {
    return error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
}
const notFoundHandler = (req, _res, next) => next((0, exports.notFound)(`no route for ${req.method} ${req.path}`));
exports.notFoundHandler = notFoundHandler;
/** The central error handler: every route and middleware forwards here (nodebestpractices 2.4). */
const errorHandler = (err, req, res, _next) => {
    let e;
    if (err instanceof AppError)
        e = err;
    else if (err?.type === 'entity.parse.failed')
        e = (0, exports.badRequest)('the body is not valid JSON');
    else if (err?.type === 'entity.too.large')
        e = new AppError(413, 'Content Too Large', `the body exceeds ${err.limit} bytes`);
    else if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported')
        e = new AppError(415, 'Unsupported Media Type', 'the body must be UTF-8 JSON');
    else {
        req.log?.error({ err }, 'unhandled error') ?? logger_1.logger.error({ err }, 'unhandled error');
        e = new AppError(500, 'Internal Server Error', 'an unexpected error occurred; it was logged');
    }
    res
        .status(e.status)
        .type('application/problem+json')
        .json({
        type: TYPE_BASE + e.title.toLowerCase().replace(/\s+/g, '-'),
        title: e.title,
        status: e.status,
        detail: e.message,
        ...(e.errors ? { errors: e.errors } : {}),
        instance: req.originalUrl,
        requestId: req.id,
    });
};
exports.errorHandler = errorHandler;
//# sourceMappingURL=errors.js.map