import { SelectInput, type SelectInputProps } from 'react-admin';

import { useDepartments } from './useDepartmentNames';

/** Chooses a department, by its code, among them all; their names are shown as they are (not translated). */
export const DepartmentInput = (props: Omit<SelectInputProps, 'choices' | 'optionValue' | 'optionText' | 'translateChoice'>) => {
    const { departments } = useDepartments();
    return <SelectInput choices={departments} optionValue="code" optionText="name" translateChoice={false} {...props} />;
};
