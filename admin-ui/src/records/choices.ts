// 归集记录 kinds, as CONTRACT.md `POST /api/ext/v1/records` names them (domain/records.ts RECORD_KINDS).
export const RECORD_KINDS = ['license', 'penalty', 'inspection', 'judicial_assistance', 'complaint'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

// react-admin translates a choice's name, so each choice points at its message key.
export const recordKindChoices = RECORD_KINDS.map(id => ({ id, name: `resources.records.kinds.${id}` }));
