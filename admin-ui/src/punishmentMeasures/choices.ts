import { SCENARIOS } from '../types';

// react-admin translates a choice's name, so each choice points at its message key.
export const scenarioChoices = SCENARIOS.map(id => ({ id, name: `resources.punishment-measures.scenarios.${id}` }));
