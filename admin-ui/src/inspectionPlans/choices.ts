import { DRAW_MODES, PLAN_STATUSES, RISK_CLASSES } from '../types';

// react-admin translates a choice's name, so each choice points at its message key.
const choicesOf = <T extends string>(values: readonly T[], group: string) =>
    values.map(id => ({ id, name: `resources.inspection-plans.${group}.${id}` }));

export const planStatusChoices = choicesOf(PLAN_STATUSES, 'statuses');
export const drawModeChoices = choicesOf(DRAW_MODES, 'drawModes');
export const riskClassChoices = choicesOf(RISK_CLASSES, 'riskClasses');
