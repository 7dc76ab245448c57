import {
    Box,
    Button,
    MenuItem,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    TextField,
    Typography,
} from '@mui/material';
import { Fragment, useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

import { apiFetch } from '../api';
import { formatShanghaiTime } from '../time';
import type { Delivery } from '../types';
import { useEventTypeName } from './eventTypes';

const S = 'resources.subscriptions.deliveries';
const STATUSES = ['sent', 'retrying', 'failed'] as const;

const pretty = (payload: string) => {
    try {
        return JSON.stringify(JSON.parse(payload), null, 2);
    } catch {
        return payload;
    }
};

/** Why an attempt got no answer: a timeout, or the connection's error code as the system gave it. */
const DeliveryError = ({ error }: { error: string | null }) => {
    const translate = useTranslate();
    if (!error) return null;
    if (error.startsWith('no answer within')) return <>{translate(`${S}.timeout`)}</>;
    return (
        <>
            {translate(`${S}.connection_failed`)} <span lang="en">{error}</span>
        </>
    );
};

/** The delivery log of a subscription: every attempt, newest first, its payload viewable; `refresh` reloads it. */
export const DeliveryLog = ({ subscriptionId, refresh }: { subscriptionId: string; refresh: number }) => {
    const translate = useTranslate();
    const nameOf = useEventTypeName();
    const [status, setStatus] = useState('');
    const [rows, setRows] = useState<Delivery[]>([]);
    const [open, setOpen] = useState<number | null>(null);
    useEffect(() => {
        const query = new URLSearchParams({ perPage: '100', ...(status ? { status } : {}) });
        apiFetch<{ data: Delivery[] }>(`/subscriptions/${encodeURIComponent(subscriptionId)}/deliveries?${query}`)
            .then(answer => setRows(answer.data))
            .catch(() => setRows([]));
    }, [subscriptionId, status, refresh]);
    return (
        <Box data-testid="delivery-log">
            <TextField
                select
                size="small"
                label={translate(`${S}.status`)}
                value={status}
                onChange={event => setStatus(event.target.value)}
                // A filter of one short word: as wide as its choices, not the table.
                fullWidth={false}
                sx={{ minWidth: 200, mb: 1 }}
            >
                <MenuItem value="">{translate(`${S}.all`)}</MenuItem>
                {STATUSES.map(s => (
                    <MenuItem key={s} value={s}>
                        {translate(`resources.subscriptions.deliveryStatuses.${s}`)}
                    </MenuItem>
                ))}
            </TextField>
            {rows.length === 0 ? (
                <Typography variant="body2">{translate(`${S}.empty`)}</Typography>
            ) : (
                <Table size="small">
                    <TableHead>
                        <TableRow>
                            {(['at', 'eventId', 'eventType', 'attempt', 'status', 'statusCode', 'durationMs', 'error', 'payload'] as const).map(c => (
                                <TableCell key={c}>{translate(`${S}.${c}`)}</TableCell>
                            ))}
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {rows.map(d => (
                            <Fragment key={d.id}>
                                <TableRow data-testid="delivery-row" data-status={d.status}>
                                    <TableCell>{formatShanghaiTime(d.at)}</TableCell>
                                    <TableCell>{d.eventId}</TableCell>
                                    <TableCell>{nameOf(d.eventType)}</TableCell>
                                    <TableCell>{d.attempt}</TableCell>
                                    <TableCell>{translate(`resources.subscriptions.deliveryStatuses.${d.status}`)}</TableCell>
                                    <TableCell>{d.statusCode ?? '—'}</TableCell>
                                    <TableCell>{d.durationMs}</TableCell>
                                    <TableCell sx={{ maxWidth: 240, overflowWrap: 'anywhere' }}>
                                        <DeliveryError error={d.error} />
                                    </TableCell>
                                    <TableCell>
                                        <Button size="small" onClick={() => setOpen(open === d.id ? null : d.id)}>
                                            {translate(open === d.id ? `${S}.hide_payload` : `${S}.show_payload`)}
                                        </Button>
                                    </TableCell>
                                </TableRow>
                                {open === d.id && (
                                    <TableRow>
                                        <TableCell colSpan={9}>
                                            <Box component="pre" lang="en" data-testid="delivery-payload" sx={{ m: 0, whiteSpace: 'pre-wrap', fontSize: '0.8rem' }}>
                                                {pretty(d.payload)}
                                            </Box>
                                        </TableCell>
                                    </TableRow>
                                )}
                            </Fragment>
                        ))}
                    </TableBody>
                </Table>
            )}
        </Box>
    );
};
