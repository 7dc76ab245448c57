const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The words of a record that say what it is: the license item, the penalty item, the result, the measure, the complaint. */
export const recordSummary = ({ kind, data }: { kind: string; data: Record<string, unknown> }): string => {
    switch (kind) {
        case 'license':
            return str(data.licenseItem);
        case 'penalty':
            return str(data.penaltyItem);
        case 'inspection':
            return str(data.result);
        case 'judicial_assistance':
            return [str(data.court), str(data.measure)].filter(Boolean).join(' · ');
        case 'complaint':
            return [str(data.channel), str(data.summary)].filter(Boolean).join(' · ');
        default:
            return '';
    }
};
