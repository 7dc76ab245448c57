import { LIGHTS, OUTCOMES, PENALTY_KINDS, TASK_STATUSES, TASK_TYPES } from '../types';

// react-admin translates a choice's name, so each choice points at its message key.
const choicesOf = <T extends string>(values: readonly T[], group: string) =>
    values.map(id => ({ id, name: `resources.tasks.${group}.${id}` }));

export const taskTypeChoices = choicesOf(TASK_TYPES, 'types');
export const taskStatusChoices = choicesOf(TASK_STATUSES, 'statuses');
export const outcomeChoices = choicesOf(OUTCOMES, 'outcomes');
export const penaltyKindChoices = choicesOf(PENALTY_KINDS, 'penaltyKinds');
export const lightChoices = choicesOf(LIGHTS, 'lights');
// The API's `escalation` filter: 0 none, 1 department, 2 district.
export const escalationChoices = choicesOf(['0', '1', '2'] as const, 'escalationLevels');
