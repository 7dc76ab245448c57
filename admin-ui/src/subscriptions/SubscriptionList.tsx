import { DataTable, FunctionField, SelectInput, useTranslate } from 'react-admin';

import { administers } from '../permissions';
import { RecordList } from '../RecordList';
import { statusChipField } from '../StatusChipField';
import { formatShanghaiTime } from '../time';
import type { Subscription } from '../types';
import { EventTypeChips } from './eventTypes';

const S = 'resources.subscriptions';

export const SubscriptionStatusField = statusChipField<Subscription['status']>('subscriptions', 'subscription-status', {
    active: 'success',
    paused: 'warning',
});

/** The last delivery: when, and whether it was answered. */
export const LastDelivery = ({ subscription }: { subscription: Subscription }) => {
    const translate = useTranslate();
    if (!subscription.lastDeliveryAt || !subscription.lastDeliveryStatus) return <>{translate(`${S}.never`)}</>;
    return (
        <>
            {formatShanghaiTime(subscription.lastDeliveryAt)}{' '}
            {translate(`${S}.deliveryStatuses.${subscription.lastDeliveryStatus}`)}
        </>
    );
};

const StatusFilter = () => {
    const translate = useTranslate();
    return (
        <SelectInput
            source="status"
            choices={(['active', 'paused'] as const).map(id => ({ id, name: translate(`${S}.statuses.${id}`) }))}
            alwaysOn
        />
    );
};

/**
 * 信息共享订阅: the department's webhook subscriptions (every department's for the administrator), each with
 * its URL, the events it receives by name, whether it delivers, and its last delivery.
 */
export const SubscriptionList = () => (
    <RecordList<Subscription>
        filters={[<StatusFilter key="status" />]}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        rowTestId="subscription-row"
        create={{ allowed: administers, testId: 'subscription-create' }}
    >
        <DataTable.Col source="url" disableSort />
        <DataTable.Col source="types" disableSort>
            <FunctionField<Subscription> render={s => <EventTypeChips types={s.types} />} />
        </DataTable.Col>
        <DataTable.Col source="department" disableSort>
            <FunctionField<Subscription> render={s => s.department.name} />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
            <SubscriptionStatusField />
        </DataTable.Col>
        <DataTable.Col source="lastDeliveryAt" disableSort>
            <FunctionField<Subscription> render={s => <LastDelivery subscription={s} />} />
        </DataTable.Col>
    </RecordList>
);
