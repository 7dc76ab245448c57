import { useDepartments } from './useDepartmentNames';

/** A department's name for its code (the code itself until the departments have loaded). */
export const DepartmentName = ({ code }: { code: string | null | undefined }) => {
    const { nameOf } = useDepartments();
    return <>{nameOf(code)}</>;
};
