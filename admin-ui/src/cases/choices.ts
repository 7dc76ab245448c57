import { CASE_STAGES } from '../types';

// react-admin translates a choice's name, so each choice points at its message key.
export const caseStageChoices = CASE_STAGES.map(id => ({ id, name: `resources.cases.stages.${id}` }));
