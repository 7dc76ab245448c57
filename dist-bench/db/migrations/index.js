"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrations = void 0;
const _001_initial_1 = require("./001-initial");
/** In order of application; a released migration is never edited, only followed by a new one. */
exports.migrations = [_001_initial_1.initial];
//# sourceMappingURL=index.js.map