"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.licenseFeedback = exports.dualNotification = void 0;
// Every workflow the worker runs, by name (STYLE.md: no `export *`).
var dualNotification_1 = require("./dualNotification");
Object.defineProperty(exports, "dualNotification", { enumerable: true, get: function () { return dualNotification_1.dualNotification; } });
var licenseFeedback_1 = require("./licenseFeedback");
Object.defineProperty(exports, "licenseFeedback", { enumerable: true, get: function () { return licenseFeedback_1.licenseFeedback; } });
//# sourceMappingURL=index.js.map