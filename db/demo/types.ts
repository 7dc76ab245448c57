// Plain shapes of the master data the demo district loads. The Sequelize models in db/models.ts
// store exactly these fields; the generator produces them without touching the database.

/** A district department (委办局). `kind`: licensing/supervising bureau, or the district office. */
export interface DepartmentSeed {
  code: string;
  name: string;
  kind: 'bureau' | 'district' | 'court';
}

/** A town or street of 金山区 (NBS statistical code). */
export interface RegionSeed {
  code: string;
  name: string;
}

/** A license item (许可事项) and the department that grants it. */
export interface LicenseItemSeed {
  code: string;
  name: string;
  departmentCode: string;
  legalBasis: string;
}

/**
 * One row of the business-scope catalog (经营范围规范表述目录): a scope wording and, when it needs a
 * license, the license item. `kind`: general (no license), licensed (post-registration license),
 * preLicensed (pre-registration license), unclear (license department not settled: goes to the claim pool
 * with `candidateDepartmentCodes`).
 */
export interface ScopeCatalogSeed {
  wording: string;
  kind: 'general' | 'licensed' | 'preLicensed' | 'unclear';
  licenseItemCode: string | null;
  candidateDepartmentCodes: string[];
  /** Working days for receipt; null = the district default (RULES.md: 5, local). */
  receiptDays: number | null;
  /** Working days for the license decision; null = default (行政许可法 Art. 42: 20). */
  decisionDays: number | null;
}

export interface EntitySeed {
  creditCode: string;
  name: string;
  entityType: string;
  industryCode: string;
  regionCode: string;
  address: string;
  legalRepresentative: string;
  businessScope: string;
  registrationAuthority: string;
  establishedOn: string; // YYYY-MM-DD
  status: 'active' | 'deregistered';
}

export interface LicenseSeed {
  creditCode: string;
  licenseItemCode: string;
  licenseNo: string;
  validFrom: string;
  validTo: string;
}

export interface UserSeed {
  username: string;
  displayName: string;
  departmentCode: string;
  roles: Array<'admin' | 'supervisor' | 'inspector' | 'clerk' | 'leader' | 'auditor'>;
  credentialNo: string | null;
  regionCode: string | null;
}

export interface DemoDistrict {
  departments: DepartmentSeed[];
  regions: RegionSeed[];
  licenseItems: LicenseItemSeed[];
  scopeCatalog: ScopeCatalogSeed[];
  users: UserSeed[];
}
