import type { TranslateFunction } from 'react-admin';

/** A person as people read them: the display name and, when known, the department ("张三（执法大队）"). */
export const personName = (translate: TranslateFunction, name: string, department?: string | null): string =>
    department ? translate('resources.tasks.person', { name, department }) : name;
