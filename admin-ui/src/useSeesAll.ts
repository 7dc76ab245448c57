import { useGetIdentity, usePermissions } from 'react-admin';

/** Administrators, leaders and the district office see every department (api/lists.ts seesAll). */
export const useSeesAll = (): boolean => {
    const { permissions } = usePermissions();
    const { data: identity } = useGetIdentity();
    const roles: unknown[] = Array.isArray(permissions) ? permissions : [];
    return roles.includes('admin') || roles.includes('leader') || (identity?.department as { kind?: string } | undefined)?.kind === 'district';
};
