import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { FunctionField, Show, TextField, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';

import { postJson } from '../api';
import { FieldsSection, Section } from '../Section';
import { formatShanghaiTime } from '../time';
import type { Subscription } from '../types';
import { DeliveryLog } from './DeliveryLog';
import { EventTypeChips } from './eventTypes';
import { LastDelivery, SubscriptionStatusField } from './SubscriptionList';

const S = 'resources.subscriptions';

/** Pause or resume: the department's clerks and supervisors, or the administrator (the API decides again). */
const PauseResume = ({ onChanged }: { onChanged: () => void }) => {
    const s = useRecordContext<Subscription>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [busy, setBusy] = useState(false);
    if (!s) return null;
    const action = s.status === 'active' ? 'pause' : 'resume';
    const run = async () => {
        setBusy(true);
        try {
            await postJson(`/subscriptions/${encodeURIComponent(s.id)}/${action}`);
            notify(`${S}.notifications.${action === 'pause' ? 'paused' : 'resumed'}`, { type: 'success' });
            refresh();
            onChanged();
        } catch (error) {
            notify((error as Error).message, { type: 'error' });
        } finally {
            setBusy(false);
        }
    };
    return (
        <Button variant="outlined" size="small" disabled={busy} onClick={run} data-testid={`subscription-${action}`}>
            {translate(`${S}.action.${action}`)}
        </Button>
    );
};

const Body = () => {
    const s = useRecordContext<Subscription>();
    const [refresh, setRefresh] = useState(0);
    if (!s) return null;
    return (
        <Stack spacing={2}>
            <FieldsSection title={`${S}.section`}>
                <TextField source="url" />
                <FunctionField<Subscription> source="types" render={r => <EventTypeChips types={r.types} />} />
                <FunctionField<Subscription> source="department" render={r => r.department.name} />
                <SubscriptionStatusField source="status" />
                {s.status === 'paused' && <TextField source="pausedReason" emptyText="—" />}
                {s.status === 'paused' && <FunctionField<Subscription> source="pausedAt" render={r => formatShanghaiTime(r.pausedAt)} />}
                <FunctionField<Subscription> source="lastDeliveryAt" render={r => <LastDelivery subscription={r} />} />
                <FunctionField<Subscription> source="createdAt" render={r => formatShanghaiTime(r.createdAt)} />
            </FieldsSection>
            <Section title={`${S}.deliveries.title`} action={<PauseResume onChanged={() => setRefresh(n => n + 1)} />}>
                <DeliveryLog subscriptionId={s.id} refresh={refresh} />
            </Section>
        </Stack>
    );
};

/** One subscription and its delivery log (sent, retrying, failed; each payload viewable). */
export const SubscriptionShow = () => (
    <Show>
        <Body />
    </Show>
);
