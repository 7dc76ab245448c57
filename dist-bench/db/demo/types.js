"use strict";
// Plain shapes of the master data the demo district loads. The Sequelize models in db/models.ts
// store exactly these fields; the generator produces them without touching the database.
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map