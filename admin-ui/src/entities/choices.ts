import { LIST_TYPES, RISK_CLASSES } from '../types';

// The search filters' choices (GET /api/v1/entities); react-admin translates a choice's name, so each points at its message key.

/** GB/T 4754-2017 sections (门类): the industry filter asks for a code's beginning, and a section letter is one. */
export const INDUSTRY_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'] as const;

export const ENTITY_STATUSES = ['active', 'deregistered'] as const;

export const industryChoices = INDUSTRY_SECTIONS.map(id => ({ id, name: `resources.entities.industries.${id}` }));
export const entityStatusChoices = ENTITY_STATUSES.map(id => ({ id, name: `resources.entities.statuses.${id}` }));
export const riskClassChoices = RISK_CLASSES.map(id => ({ id, name: `resources.entities.riskClasses.${id}` }));
export const listedChoices = [
    { id: 'any', name: 'resources.entities.search.listedAny' },
    ...LIST_TYPES.map(id => ({ id, name: `resources.credit-listings.listTypes.${id}` })),
];

/** The section letter of an industry code (F5213: F), when it is one. */
export const sectionOf = (industryCode: string) => {
    const letter = industryCode.slice(0, 1).toUpperCase();
    return (INDUSTRY_SECTIONS as readonly string[]).includes(letter) ? letter : null;
};
