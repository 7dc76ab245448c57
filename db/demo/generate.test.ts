import { normalizeScopeWording, parseBusinessScope } from '../../domain/businessScope';
import { validateCreditCode } from '../../domain/creditCode';
import { demoDistrict, DISTRICT_OFFICE_CODE, REGISTRATION_AUTHORITY } from './district';
import { generateDemoData, generateEntities, generateEntity, generateLicenses, REFERENCE_DATE } from './generate';
import type { EntitySeed } from './types';

const SEED = 20261126;

function take(seed: number, count: number): EntitySeed[] {
  return [...generateEntities({ seed, count })];
}

const catalog = new Map(demoDistrict.scopeCatalog.map((row) => [row.wording, row]));

describe('generateEntities', () => {
  it('yields the same first 1,000 entities for the same seed', () => {
    const first = take(SEED, 1000);
    expect(take(SEED, 1000)).toEqual(first);
    // The first entities do not depend on how many are asked for.
    expect(take(SEED, 3000).slice(0, 1000)).toEqual(first);
    expect(generateEntity(SEED, 999)).toEqual(first[999]);
  });

  it('yields different entities for different seeds', () => {
    const a = take(SEED, 1000);
    const b = take(SEED + 1, 1000);
    const same = a.filter((entity, i) => JSON.stringify(entity) === JSON.stringify(b[i])).length;
    expect(same).toBe(0);
    const codesA = new Set(a.map((e) => e.creditCode));
    expect(b.filter((e) => codesA.has(e.creditCode)).length).toBeLessThan(10);
  });

  it('gives 100,000 entities valid and unique credit codes', () => {
    const codes = new Set<string>();
    const problems: string[] = [];
    const categoryOf = (entityType: string) =>
      entityType === '个体工商户' ? '2' : entityType === '农民专业合作社' ? '3' : '1';
    for (const entity of generateEntities({ seed: SEED, count: 100_000 })) {
      const result = validateCreditCode(entity.creditCode);
      if (!result.valid) problems.push(`${entity.creditCode}: ${result.message}`);
      if (entity.creditCode.slice(0, 8) !== `9${categoryOf(entity.entityType)}310116`) {
        problems.push(`${entity.creditCode}: prefix does not fit ${entity.entityType}`);
      }
      codes.add(entity.creditCode);
    }
    expect(problems).toEqual([]);
    expect(codes.size).toBe(100_000);
  });

  it('writes every scope item from the catalog, in the section its kind belongs to', () => {
    const problems: string[] = [];
    for (const entity of generateEntities({ seed: SEED, count: 20_000 })) {
      const items = parseBusinessScope(entity.businessScope);
      if (items.length === 0) problems.push(`${entity.name}: empty scope`);
      for (const item of items) {
        const row = catalog.get(normalizeScopeWording(item.text));
        const expected =
          row?.kind === 'general' ? 'general' : row?.kind === 'unclear' ? item.section : 'licensed';
        if (!row) problems.push(`'${item.text}' of ${entity.name} is not in the catalog`);
        else if (item.section !== expected) problems.push(`'${item.text}' of ${entity.name} is under ${item.section}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes scope text in the official format', () => {
    for (const entity of take(SEED, 2000)) {
      expect(entity.businessScope).toMatch(
        /^(许可项目：[^。]+。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）)?一般项目：[^。]+。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）$/,
      );
    }
  });

  it('fills every field plausibly', () => {
    const regionCodes = new Set(demoDistrict.regions.map((r) => r.code));
    const entities = take(SEED, 5000);
    for (const entity of entities) {
      expect(regionCodes.has(entity.regionCode)).toBe(true);
      expect(entity.industryCode).toMatch(/^[A-T]\d{4}$/);
      expect(entity.address.startsWith('上海市金山区')).toBe(true);
      expect(entity.address).toMatch(/\d+号/);
      expect(entity.legalRepresentative).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(entity.registrationAuthority).toBe(REGISTRATION_AUTHORITY);
      expect(entity.establishedOn >= '2015-01-01' && entity.establishedOn <= REFERENCE_DATE).toBe(true);
      if (entity.entityType === '个体工商户') expect(entity.name.startsWith('金山区')).toBe(true);
      else if (entity.entityType === '农民专业合作社') expect(entity.name).toMatch(/^上海金山区.+专业合作社$/);
      else expect(entity.name).toMatch(/^上海.+有限公司$/);
    }
    const deregistered = entities.filter((e) => e.status === 'deregistered').length / entities.length;
    expect(deregistered).toBeGreaterThan(0.015);
    expect(deregistered).toBeLessThan(0.05);
    const types = new Set(entities.map((e) => e.entityType));
    expect(types).toContain('个体工商户');
    expect(types).toContain('农民专业合作社');
    expect(types).toContain('有限责任公司（自然人投资或控股）');
  });

  it('streams: a million-entity run yields its first entities without building the rest', () => {
    const iterator = generateEntities({ seed: SEED, count: 1_000_000 });
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(generateEntity(SEED, 0));
    iterator.return(undefined);
  });
});

describe('generateLicenses', () => {
  const data = [...generateDemoData({ seed: SEED, count: 5000 })];
  const licenseItemCodes = new Set(demoDistrict.licenseItems.map((item) => item.code));

  it('is deterministic and matches generateDemoData', () => {
    for (const { entity, licenses } of data.slice(0, 500)) {
      expect([...generateLicenses(entity, SEED)]).toEqual(licenses);
    }
  });

  it('issues licenses only for license items of the scope of active entities', () => {
    let count = 0;
    for (const { entity, licenses } of data) {
      if (entity.status !== 'active') expect(licenses).toEqual([]);
      const itemsOfScope = new Set(
        parseBusinessScope(entity.businessScope)
          .map((item) => catalog.get(normalizeScopeWording(item.text))?.licenseItemCode)
          .filter((code): code is string => !!code),
      );
      for (const license of licenses) {
        count += 1;
        expect(license.creditCode).toBe(entity.creditCode);
        expect(licenseItemCodes.has(license.licenseItemCode)).toBe(true);
        expect(itemsOfScope.has(license.licenseItemCode)).toBe(true);
        expect(license.licenseNo.length).toBeGreaterThan(5);
        expect(license.validFrom <= REFERENCE_DATE).toBe(true);
      }
      expect(new Set(licenses.map((l) => l.licenseItemCode)).size).toBe(licenses.length);
    }
    expect(count).toBeGreaterThan(1000);
  });

  it('runs each license five years, with some expired and some expiring within 60 days', () => {
    const all = data.flatMap((d) => d.licenses);
    for (const license of all) {
      const from = new Date(`${license.validFrom}T00:00:00Z`);
      const to = new Date(Date.UTC(from.getUTCFullYear() + 5, from.getUTCMonth(), from.getUTCDate()) - 86_400_000);
      expect(license.validTo).toBe(to.toISOString().slice(0, 10));
    }
    const expired = all.filter((l) => l.validTo < REFERENCE_DATE).length;
    const soon = all.filter((l) => l.validTo >= REFERENCE_DATE && l.validTo <= '2027-01-25').length;
    expect(expired).toBeGreaterThan(all.length * 0.03);
    expect(soon).toBeGreaterThan(all.length * 0.01);
    expect(expired + soon).toBeLessThan(all.length * 0.5);
  });

  it('dates pre-registration licenses before registration and formats food license numbers', () => {
    let pre = 0;
    for (const { entity, licenses } of data) {
      for (const license of licenses) {
        if (license.licenseItemCode === 'L001') expect(license.licenseNo).toMatch(/^JY[12]310116\d{7}$/);
        const isPre = demoDistrict.scopeCatalog.some(
          (row) => row.kind === 'preLicensed' && row.licenseItemCode === license.licenseItemCode,
        );
        const firstPeriod = license.validFrom < entity.establishedOn;
        if (firstPeriod) {
          expect(isPre).toBe(true);
          pre += 1;
        }
      }
    }
    expect(pre).toBeGreaterThan(0);
  });
});

describe('demoDistrict', () => {
  const departmentCodes = new Set(demoDistrict.departments.map((d) => d.code));

  it('lists departments once each, the district office among them', () => {
    expect(departmentCodes.size).toBe(demoDistrict.departments.length);
    expect(new Set(demoDistrict.departments.map((d) => d.name)).size).toBe(demoDistrict.departments.length);
    expect(demoDistrict.departments.find((d) => d.code === DISTRICT_OFFICE_CODE)).toEqual({
      code: 'QZF',
      name: '金山区人民政府办公室',
      kind: 'district',
    });
    expect(demoDistrict.departments.find((d) => d.code === 'SCJGJ')?.name).toBe('金山区市场监督管理局');
  });

  it('has exactly the towns and streets of RULES.md', () => {
    expect(demoDistrict.regions.map((r) => `${r.code} ${r.name}`)).toEqual([
      '310116001 石化街道',
      '310116101 朱泾镇',
      '310116102 枫泾镇',
      '310116103 张堰镇',
      '310116104 亭林镇',
      '310116105 吕巷镇',
      '310116107 廊下镇',
      '310116109 金山卫镇',
      '310116112 漕泾镇',
      '310116113 山阳镇',
      '310116503 上海湾区高新技术产业开发区',
    ]);
  });

  it('keeps license items and catalog rows consistent', () => {
    const items = new Map(demoDistrict.licenseItems.map((i) => [i.code, i]));
    expect(items.size).toBe(demoDistrict.licenseItems.length);
    for (const item of demoDistrict.licenseItems) {
      expect(departmentCodes.has(item.departmentCode)).toBe(true);
      expect(item.legalBasis).toMatch(/^《/);
    }
    expect(catalog.size).toBe(demoDistrict.scopeCatalog.length);
    for (const row of demoDistrict.scopeCatalog) {
      // A wording must survive the scope parser whole.
      expect(parseBusinessScope(`一般项目：${row.wording}。`).map((i) => i.text)).toEqual([row.wording]);
      if (row.kind === 'licensed' || row.kind === 'preLicensed') {
        expect(items.has(row.licenseItemCode ?? '')).toBe(true);
        expect(row.candidateDepartmentCodes).toEqual([]);
      } else {
        expect(row.licenseItemCode).toBeNull();
      }
      if (row.kind === 'unclear') {
        expect(row.candidateDepartmentCodes.length).toBeGreaterThanOrEqual(2);
        expect(row.candidateDepartmentCodes.length).toBeLessThanOrEqual(3);
        for (const code of row.candidateDepartmentCodes) expect(departmentCodes.has(code)).toBe(true);
      }
    }
    const kinds = demoDistrict.scopeCatalog.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'general').length).toBeGreaterThanOrEqual(100);
    expect(kinds.filter((k) => k === 'unclear').length).toBe(8);
    expect(catalog.get('道路危险货物运输')?.receiptDays).toBe(3);
    expect(catalog.get('危险化学品经营')?.receiptDays).toBe(3);
  });

  it('has one account per role and a clerk, a supervisor and 3–6 inspectors in every bureau', () => {
    const users = demoDistrict.users;
    expect(new Set(users.map((u) => u.username)).size).toBe(users.length);
    const byName = new Map(users.map((u) => [u.username, u]));
    for (const [username, role, department] of [
      ['admin', 'admin', 'QZF'],
      ['supervisor', 'supervisor', 'SCJGJ'],
      ['inspector', 'inspector', 'SCJGJ'],
      ['clerk', 'clerk', 'SCJGJ'],
      ['leader', 'leader', 'QZF'],
      ['auditor', 'auditor', 'QZF'],
      ['district', 'supervisor', 'QZF'],
    ] as const) {
      expect(byName.get(username)).toMatchObject({ roles: [role], departmentCode: department });
    }
    const regionCodes = new Set(demoDistrict.regions.map((r) => r.code));
    for (const department of demoDistrict.departments.filter((d) => d.kind === 'bureau')) {
      const prefix = department.code.toLowerCase();
      expect(byName.get(`${prefix}-clerk`)?.roles).toEqual(['clerk']);
      expect(byName.get(`${prefix}-supervisor`)?.roles).toEqual(['supervisor']);
      const inspectors = users.filter((u) => u.username.startsWith(`${prefix}-inspector-`));
      expect(inspectors.length).toBeGreaterThanOrEqual(3);
      expect(inspectors.length).toBeLessThanOrEqual(6);
      for (const inspector of inspectors) {
        expect(inspector.departmentCode).toBe(department.code);
        expect(inspector.credentialNo).toMatch(/^31011620\d{6}$/);
        expect(regionCodes.has(inspector.regionCode ?? '')).toBe(true);
        expect(inspector.displayName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      }
    }
    const credentials = users.map((u) => u.credentialNo).filter((c) => c !== null);
    expect(new Set(credentials).size).toBe(credentials.length);
  });
});
