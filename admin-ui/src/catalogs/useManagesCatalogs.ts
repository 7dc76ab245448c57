import { useGetIdentity, usePermissions } from 'react-admin';

import { setsWarningRules } from '../permissions';

/**
 * Whether this user keeps the function lists: an administrator or a supervisor of the district office, the same
 * people who set the district-wide warning rules (the API answers 403 catalog-district-only to anyone else).
 */
export const useManagesCatalogs = (): boolean => {
    const { permissions } = usePermissions();
    const { data: identity } = useGetIdentity();
    return setsWarningRules(permissions, (identity?.department as { kind?: string } | undefined)?.kind);
};
