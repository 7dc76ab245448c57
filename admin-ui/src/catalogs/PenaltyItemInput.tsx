import type { HTMLAttributes } from 'react';
import { FormDataConsumer, SelectInput, required, useGetList, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

import type { CatalogItem } from './catalogs';

/**
 * A penalty decision's 处罚事项: one of the department's items in force (the API refuses a retired one or another
 * department's), with the legal basis the decision will carry shown under it.
 */
export const PenaltyItemInput = ({ departmentCode }: { departmentCode: string | null | undefined }) => {
    const translate = useTranslate();
    const { data = [], isPending } = useGetList<CatalogItem>('catalog-penalty-items', {
        filter: { status: 'current', ...(departmentCode ? { department: departmentCode } : {}) },
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'code', order: 'ASC' },
    });
    const choices = data.map(item => ({ id: item.code, name: `${item.code} ${item.name}` }));
    return (
        <>
            <SelectInput
                source="penaltyItem"
                label="resources.tasks.fields.penaltyItem"
                choices={choices}
                translateChoice={false}
                isPending={isPending}
                validate={required()}
                fullWidth
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'penalty-item-select' } as HTMLAttributes<HTMLDivElement> } }}
            />
            <FormDataConsumer<{ penaltyItem?: string }>>
                {({ formData }) => {
                    const item = data.find(i => i.code === formData.penaltyItem);
                    return item ? (
                        <Typography variant="body2" sx={{ mb: 2, color: 'text.secondary' }} data-testid="penalty-item-basis">
                            {translate('resources.tasks.fields.legalBasis')}：{item.legalBasis}
                        </Typography>
                    ) : null;
                }}
            </FormDataConsumer>
        </>
    );
};
