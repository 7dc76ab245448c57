"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_PASSWORD = void 0;
exports.loadMasterData = loadMasterData;
exports.loadEntities = loadEntities;
exports.loadDemoOnce = loadDemoOnce;
const district_1 = require("./demo/district");
const generate_1 = require("./demo/generate");
const credentials_1 = require("../api/auth/credentials");
exports.DEMO_PASSWORD = 'Zongjian@2026';
const BATCH = 2000;
/** Loads the master data (departments, regions, license items, catalog) and the demo users, idempotently. */
async function loadMasterData(db, district = district_1.demoDistrict) {
    const m = db.models;
    await m.departments.bulkCreate(district.departments, { ignoreDuplicates: true });
    await m.regions.bulkCreate(district.regions, { ignoreDuplicates: true });
    await m.license_items.bulkCreate(district.licenseItems, { ignoreDuplicates: true });
    await m.scope_catalog.bulkCreate(district.scopeCatalog, { ignoreDuplicates: true });
    // One hash for every demo account: Argon2id is deliberately slow, and they share the demo password.
    const passwordHash = await (0, credentials_1.hashPassword)(exports.DEMO_PASSWORD);
    await m.users.bulkCreate(district.users.map((u) => ({ ...u, passwordHash, active: true, createdAt: new Date() })), { ignoreDuplicates: true });
}
/** Streams `count` generated entities and their licenses into the database in batches. */
async function loadEntities(db, options) {
    let entities = [];
    let licenses = [];
    let totals = { entities: 0, licenses: 0 };
    const itemDepartment = new Map(district_1.demoDistrict.licenseItems.map((i) => [i.code, i.departmentCode]));
    const flush = async () => {
        if (entities.length === 0)
            return;
        await db.models.entities.bulkCreate(entities.map((e) => ({ ...e, lastEventAt: null })), { ignoreDuplicates: true });
        await db.models.licenses.bulkCreate(licenses.map((l) => ({ ...l, departmentCode: itemDepartment.get(l.licenseItemCode) ?? '', source: 'demo', createdAt: new Date() })), { ignoreDuplicates: true });
        totals = { entities: totals.entities + entities.length, licenses: totals.licenses + licenses.length };
        options.onProgress?.(totals.entities);
        entities = [];
        licenses = [];
    };
    for (const entity of (0, generate_1.generateEntities)({ seed: options.seed, count: options.count })) {
        entities.push(entity);
        for (const l of (0, generate_1.generateLicenses)(entity, options.seed))
            licenses.push(l);
        if (entities.length >= BATCH)
            await flush();
    }
    await flush();
    return totals;
}
/** The quick start's demo district, loaded once: a marker row makes a second start skip it. */
async function loadDemoOnce(db, options) {
    if (await db.models.meta.findByPk('demo.loaded'))
        return 'already loaded';
    await loadMasterData(db);
    await loadEntities(db, options);
    await db.models.meta.create({ key: 'demo.loaded', value: JSON.stringify({ ...options, at: new Date().toISOString() }) });
    return 'loaded';
}
//# sourceMappingURL=seed.js.map