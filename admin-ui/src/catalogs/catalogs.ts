// The function lists (职能清单, F1) as three resources of one shape: 行政许可事项, 行政处罚事项, 监管事项
// (`/api/v1/catalogs/{catalog}`). A row is the version in force; `versions` on the show page holds every one.

export const CATALOG_RESOURCES = {
    'catalog-license-items': 'license-items',
    'catalog-penalty-items': 'penalty-items',
    'catalog-check-items': 'check-items',
} as const;
export type CatalogResource = keyof typeof CATALOG_RESOURCES;

export type { CatalogItem, CatalogVersion } from '../types';

/** The fields each catalog's form sends beyond the common ones (domain/catalogs.ts). */
export const DETAIL_FIELDS: Record<CatalogResource, readonly string[]> = {
    'catalog-license-items': ['expiryWarningDays'],
    'catalog-penalty-items': [],
    'catalog-check-items': ['method', 'kind'],
};

export const CATALOG_FIELDS = ['code', 'name', 'departmentCode', 'legalBasis', 'effectiveFrom', 'reason', 'method', 'kind', 'expiryWarningDays'] as const;

export const statusChoices = [
    { id: 'current', name: 'resources.catalogs.status.current' },
    { id: 'retired', name: 'resources.catalogs.status.retired' },
];
export const kindChoices = [
    { id: 'key', name: 'resources.catalogs.kinds.key' },
    { id: 'general', name: 'resources.catalogs.kinds.general' },
];

/**
 * The PUT body of a change: the form's values without what the API sends but does not take. The new version is in
 * force from `changeEffectiveFrom` (today when left empty), never from the old version's own date.
 */
export const catalogChangeBody = (data: Record<string, unknown>) => {
    const { id: _id, code: _code, versionId: _versionId, versions: _versions, status: _status, effectiveTo: _effectiveTo, effectiveFrom: _from, changeEffectiveFrom, ...change } = data;
    const kept = Object.entries(change).filter(([field, v]) => v !== '' && v !== undefined && (v !== null || field === 'expiryWarningDays'));
    return { ...Object.fromEntries(kept), ...(changeEffectiveFrom ? { effectiveFrom: changeEffectiveFrom } : {}) };
};
