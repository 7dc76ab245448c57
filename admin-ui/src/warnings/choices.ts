import { WARNING_LEVELS, WARNING_RULES, WARNING_SOURCES, WARNING_STATUSES } from '../types';

// react-admin translates a choice's name, so each choice points at its message key.
const choicesOf = <T extends string>(values: readonly T[], group: string) =>
    values.map(id => ({ id, name: `resources.warnings.${group}.${id}` }));

export const warningLevelChoices = choicesOf(WARNING_LEVELS, 'levels');
export const warningRuleChoices = choicesOf(WARNING_RULES, 'rules');
export const warningSourceChoices = choicesOf(WARNING_SOURCES, 'sources');
export const warningStatusChoices = choicesOf(WARNING_STATUSES, 'statuses');
