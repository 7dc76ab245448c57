import { shanghaiToday } from '../time';
import { RISK_CLASSES, type DrawMode, type InspectionPlan, type ListType, type PlanInput, type RiskClass, type StratumSpec } from '../types';

/**
 * The wizard's values. They follow the API's body (types.PlanInput) except where a person enters
 * something else: shares in percent, the strata as a choice plus numbers, license codes as text.
 */
export interface PlanFormValues {
    title: string;
    periodFrom: string;
    periodTo: string;
    checkItemCodes: string[];
    jointDepartmentCodes: string[];
    regionCodes: string[];
    riskClasses: RiskClass[];
    licenseItemCodes: string[];
    listTypes: ListType[];
    /** Per credit-risk class, or all entities alike. */
    stratumMode: 'risk' | 'all';
    allBy: 'ratio' | 'count';
    allRatio: number | null;
    allCount: number | null;
    /** Percent per class; an empty class is not drawn from. */
    ratios: Record<RiskClass, number | null>;
    teamSize: number;
    drawMode: DrawMode;
    receivingDepartmentCode: string;
    inspectorRegionCodes: string[];
}

/** RULES.md's local example per class: A ≤ 5%, B 5–20%, C 21–60%, D 61–100%. */
export const DEFAULT_RATIOS: Record<RiskClass, number> = { A: 5, B: 10, C: 30, D: 70 };

export const defaultPlanValues = (today = shanghaiToday()): PlanFormValues => ({
    title: '',
    periodFrom: today,
    periodTo: `${today.slice(0, 4)}-12-31`,
    checkItemCodes: [],
    jointDepartmentCodes: [],
    regionCodes: [],
    riskClasses: [],
    licenseItemCodes: [],
    listTypes: [],
    stratumMode: 'risk',
    allBy: 'ratio',
    allRatio: 10,
    allCount: null,
    ratios: { ...DEFAULT_RATIOS },
    teamSize: 2,
    drawMode: 'planning',
    receivingDepartmentCode: '',
    inspectorRegionCodes: [],
});

const percent = (ratio: number | undefined) => (ratio === undefined ? null : Number((ratio * 100).toFixed(4)));

/**
 * The wizard's values of an earlier plan, to plan again after changing what stopped it (an understaffed
 * draw: a smaller team, a joint department). A committed plan is never redrawn; a new plan is.
 */
export const planValuesOf = (plan: InspectionPlan, today = shanghaiToday()): PlanFormValues => {
    const all = plan.strata.length === 1 && plan.strata[0].key === 'all' ? plan.strata[0] : null;
    const ratios = Object.fromEntries(RISK_CLASSES.map(key => [key, percent(plan.strata.find(s => s.key === key)?.ratio)])) as Record<RiskClass, number | null>;
    return {
        ...defaultPlanValues(today),
        title: plan.title,
        periodFrom: plan.periodFrom < today ? today : plan.periodFrom,
        periodTo: plan.periodTo < today ? `${today.slice(0, 4)}-12-31` : plan.periodTo,
        checkItemCodes: [...plan.checkItemCodes],
        jointDepartmentCodes: [...(plan.jointDepartmentCodes ?? [])],
        regionCodes: plan.entityFilter.regionCodes ?? [],
        riskClasses: (plan.entityFilter.riskClasses ?? []) as RiskClass[],
        licenseItemCodes: plan.entityFilter.licenseItemCodes ?? [],
        listTypes: (plan.entityFilter.listTypes ?? []) as ListType[],
        stratumMode: all ? 'all' : 'risk',
        allBy: all?.count !== undefined ? 'count' : 'ratio',
        allRatio: all ? percent(all.ratio) : 10,
        allCount: all?.count ?? null,
        ratios: all ? { ...DEFAULT_RATIOS } : ratios,
        teamSize: plan.teamSize,
        drawMode: plan.drawMode,
        receivingDepartmentCode: plan.receivingDepartmentCode ?? '',
        inspectorRegionCodes: plan.inspectorFilter.regionCodes ?? [],
    };
};

/** Which step holds each field, so an error sends the person to the step where it can be fixed. */
export const STEP_FIELDS: readonly (readonly string[])[] = [
    ['title', 'periodFrom', 'periodTo', 'checkItemCodes', 'jointDepartmentCodes'],
    [
        'regionCodes',
        'riskClasses',
        'licenseItemCodes',
        'listTypes',
        'stratumMode',
        'allBy',
        'allRatio',
        'allCount',
        ...RISK_CLASSES.map(key => `ratios.${key}`),
    ],
    ['teamSize', 'drawMode', 'receivingDepartmentCode', 'inspectorRegionCodes'],
];

export const stepOf = (field: string): number => {
    const step = STEP_FIELDS.findIndex(fields => fields.some(name => field === name || field.startsWith(`${name}.`)));
    return step < 0 ? 0 : step;
};

const isBlank = (value: number | null | undefined): value is null | undefined =>
    value === null || value === undefined || Number.isNaN(value);

// 5 → 0.05 without floating-point tails.
const share = (percent: number) => Number((percent / 100).toFixed(6));


const strataOf = (values: PlanFormValues): StratumSpec[] => {
    if (values.stratumMode === 'all') {
        return [
            values.allBy === 'count'
                ? { key: 'all', count: values.allCount ?? 0 }
                : { key: 'all', ratio: share(values.allRatio ?? 0) },
        ];
    }
    return RISK_CLASSES.filter(key => !isBlank(values.ratios?.[key])).map(key => ({
        key,
        ratio: share(values.ratios[key] as number),
    }));
};

/** The API's body for the wizard's values; empty filters are left out (no filter, not "none"). */
export const toPlanInput = (values: PlanFormValues): PlanInput => {
    const licenseItemCodes = values.licenseItemCodes ?? [];
    return {
        title: (values.title ?? '').trim(),
        checkItemCodes: values.checkItemCodes ?? [],
        jointDepartmentCodes: values.jointDepartmentCodes ?? [],
        periodFrom: values.periodFrom,
        periodTo: values.periodTo,
        entityFilter: {
            ...(values.regionCodes?.length ? { regionCodes: values.regionCodes } : {}),
            ...(values.riskClasses?.length ? { riskClasses: values.riskClasses } : {}),
            ...(licenseItemCodes.length ? { licenseItemCodes } : {}),
            ...(values.listTypes?.length ? { listTypes: values.listTypes } : {}),
        },
        strata: strataOf(values),
        inspectorFilter: values.inspectorRegionCodes?.length ? { regionCodes: values.inspectorRegionCodes } : {},
        teamSize: values.teamSize,
        drawMode: values.drawMode,
        ...(values.drawMode !== 'planning' && values.receivingDepartmentCode
            ? { receivingDepartmentCode: values.receivingDepartmentCode }
            : {}),
    };
};

// The API names fields by their path in its body; the wizard's input for each.
const FIELD_OF_API_PATH: [apiPath: string, formField: string][] = [
    ['entityFilter.regionCodes', 'regionCodes'],
    ['entityFilter.riskClasses', 'riskClasses'],
    ['entityFilter.licenseItemCodes', 'licenseItemCodes'],
    ['entityFilter.listTypes', 'listTypes'],
    ['entityFilter', 'regionCodes'],
    ['inspectorFilter', 'inspectorRegionCodes'],
    ['strata', 'stratumMode'],
    ['title', 'title'],
    ['periodFrom', 'periodFrom'],
    ['periodTo', 'periodTo'],
    ['checkItemCodes', 'checkItemCodes'],
    ['jointDepartmentCodes', 'jointDepartmentCodes'],
    ['teamSize', 'teamSize'],
    ['drawMode', 'drawMode'],
    ['receivingDepartmentCode', 'receivingDepartmentCode'],
];

/**
 * Splits a problem's `errors[]` into messages per wizard field (several joined) and the messages of
 * fields the wizard has no input for.
 */
export const mapFieldErrors = (errors: { field: string; message: string }[]) => {
    const byField: Record<string, string> = {};
    const unmatched: string[] = [];
    for (const { field, message } of errors) {
        const match = FIELD_OF_API_PATH.find(([path]) => field === path || field.startsWith(`${path}.`));
        if (!match) {
            unmatched.push(`${field}: ${message}`);
            continue;
        }
        const formField = match[1];
        byField[formField] = byField[formField] ? `${byField[formField]}; ${message}` : message;
    }
    return { byField, unmatched };
};
