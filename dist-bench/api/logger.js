"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.logger = void 0;
const pino_1 = __importDefault(require("pino"));
/** JSON logs on stdout (one object a line), level from LOG_LEVEL. */
exports.logger = (0, pino_1.default)({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'zongjian' } });
//# sourceMappingURL=logger.js.map