import { Card, CardContent, CardHeader } from '@mui/material';
import type { ReactNode } from 'react';
import { SimpleShowLayout, useTranslate } from 'react-admin';

/** A titled card of a show page; `title` is a message key. */
export const Section = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => {
    const translate = useTranslate();
    return (
        <Card variant="outlined" sx={{ mb: 2 }}>
            <CardHeader title={translate(title)} action={action} slotProps={{ title: { variant: 'subtitle1' } }} />
            <CardContent sx={{ pt: 0 }}>{children}</CardContent>
        </Card>
    );
};

/** A titled card of the record's fields, each labelled, one under the other (the card gives the padding). */
export const FieldsSection = ({ title, children }: { title: string; children: ReactNode }) => (
    <Section title={title}>
        <SimpleShowLayout sx={{ p: 0 }}>{children}</SimpleShowLayout>
    </Section>
);
