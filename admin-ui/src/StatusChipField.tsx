import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * A field showing the record's `status` as a chip in its colour, labelled `resources.<resource>.statuses.<status>`
 * and marked `data-testid="<testId>" data-status="<status>"` for the browser tests. The field's `source`
 * and `label` only name the row or column.
 */
export const statusChipField = <S extends string>(resource: string, testId: string, colors: Record<S, ChipProps['color']>) => {
    const StatusChipField = (_props: { source?: string; label?: string }) => {
        const record = useRecordContext<{ id: string | number; status: S }>();
        const translate = useTranslate();
        if (!record) return null;
        return (
            <Chip
                size="small"
                color={colors[record.status] ?? 'default'}
                label={translate(`resources.${resource}.statuses.${record.status}`, { _: record.status })}
                data-testid={testId}
                data-status={record.status}
            />
        );
    };
    return StatusChipField;
};
