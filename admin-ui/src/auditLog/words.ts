import en from '../i18n/en';

// The audit log's codes and their words (resources.audit-log in the message files): the filters offer the
// actions and target types the messages name; an entry whose code has no words shows the code.

const A = 'resources.audit-log';

/** Every action code the messages name, `task.claimed`…, in their order. */
export const AUDIT_ACTIONS: string[] = Object.entries(en.resources['audit-log'].actions).flatMap(([subject, verbs]) =>
    Object.keys(verbs).map(verb => `${subject}.${verb}`)
);
export const AUDIT_TARGET_TYPES: string[] = Object.keys(en.resources['audit-log'].targetTypes);

type Translate = (key: string, options?: Record<string, unknown>) => string;

export const actionWords = (translate: Translate, action: string) => translate(`${A}.actions.${action}`, { _: action });
export const targetTypeWords = (translate: Translate, type: string) => translate(`${A}.targetTypes.${type}`, { _: type });
export const actorTypeWords = (translate: Translate, type: string) => translate(`${A}.actorTypes.${type}`, { _: type });
/** A process as its kind in words (a workflow id is `<kind>:<key>`); an id of no known kind shows as recorded. */
export const processWords = (translate: Translate, workflowId: string) => translate(`${A}.processes.${workflowId.split(':')[0]}`, { _: workflowId });
