import { CHECK_RESULTS, INSPECTION_KINDS, INSPECTION_OUTCOMES, INSPECTION_STATUSES } from '../types';

// react-admin translates a choice's name, so each choice points at its message key.
const choicesOf = <T extends string>(values: readonly T[], group: string) =>
    values.map(id => ({ id, name: `resources.inspections.${group}.${id}` }));

export const inspectionStatusChoices = choicesOf(INSPECTION_STATUSES, 'statuses');
export const inspectionKindChoices = choicesOf(INSPECTION_KINDS, 'kinds');
export const inspectionOutcomeChoices = choicesOf(INSPECTION_OUTCOMES, 'outcomes');
export const checkResultChoices = choicesOf(CHECK_RESULTS, 'results');
