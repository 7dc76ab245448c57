import DownloadIcon from '@mui/icons-material/Download';
import {
    Alert,
    Box,
    Button,
    LinearProgress,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import { useState } from 'react';
import {
    Confirm,
    Link,
    RecordContextProvider,
    Show,
    useNotify,
    useRedirect,
    useRefresh,
    useShowContext,
    useLocaleState,
    useTranslate,
} from 'react-admin';

import { errorDetail, fieldMessage } from '../api';
import { Section } from '../Section';
import { formatShanghaiTime } from '../time';
import { cancelImport, confirmImport, errorsHref, isRunning, type ImportView, type RowError } from './api';
import { ImportStatusField } from './ImportStatusField';

const I = 'resources.imports';
/** How often a running import's page asks for its progress. */
const POLL_MS = 1000;

/** "约 3 分钟" / "不到 1 分钟": the time left in whole minutes, from the pace so far. */
const useTimeLeft = () => {
    const translate = useTranslate();
    return (seconds: number | null | undefined) => {
        if (seconds === null || seconds === undefined) return translate(`${I}.progress.estimating`);
        if (seconds < 60) return translate(`${I}.progress.under_a_minute`);
        return translate(`${I}.progress.minutes`, { smart_count: Math.ceil(seconds / 60) });
    };
};

/** Rows done of the rows to import, with the time left while importing. */
const Progress = ({ imp }: { imp: ImportView }) => {
    const translate = useTranslate();
    const timeLeft = useTimeLeft();
    const total = imp.status === 'validating' ? imp.rowsTotal : (imp.rowsValid ?? imp.rowsTotal);
    const value = total > 0 ? Math.min(100, (100 * imp.rowsDone) / total) : 0;
    return (
        <Box data-testid="import-progress" sx={{ my: 2 }}>
            {imp.status === 'validating' ? (
                <LinearProgress aria-label={translate(`${I}.progress.validating`, { total: imp.rowsTotal })} />
            ) : (
                <LinearProgress variant="determinate" value={value} aria-label={translate(`${I}.progress.label`)} />
            )}
            <Typography variant="body2" sx={{ mt: 1 }}>
                {imp.status === 'validating'
                    ? translate(`${I}.progress.validating`, { total: imp.rowsTotal })
                    : translate(`${I}.progress.rows`, { done: imp.rowsDone, total })}
                {imp.status === 'importing' && ` · ${timeLeft(imp.secondsLeft)}`}
            </Typography>
        </Box>
    );
};

/**
 * A row's error in the user's language: its rule's code translated, the server's English never shown. The allowed
 * values of a list (the penalty kinds) are named as the template writes them (警告、罚款), not by their identifiers.
 */
const useRowErrorMessage = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    return (error: RowError) => {
        const values = error.params?.values;
        if (error.code !== 'invalid_value' || typeof values !== 'string') return fieldMessage(error);
        const named = values
            .split(', ')
            .map(value => translate(`resources.tasks.penaltyKinds.${value}`, { _: value }))
            .join(locale.startsWith('zh') ? '、' : ', ');
        return fieldMessage({ ...error, params: { ...error.params, values: named } });
    };
};

const ErrorTable = ({ imp }: { imp: ImportView }) => {
    const translate = useTranslate();
    const message = useRowErrorMessage();
    const total = imp.errorsTotal ?? imp.errors.length;
    return (
        <Section title={`${I}.sections.errors`}>
            <Stack direction="row" alignItems="center" gap={2} sx={{ mb: 1 }}>
                <Typography variant="body2">{translate(`${I}.errorsCount`, { smart_count: total })}</Typography>
                <Button component="a" href={errorsHref(imp.id)} download startIcon={<DownloadIcon />} data-testid="import-errors-download">
                    {translate(`${I}.action.download_errors`)}
                </Button>
            </Stack>
            <Table size="small" data-testid="import-errors">
                <TableHead>
                    <TableRow>
                        <TableCell>{translate(`${I}.fields.row`)}</TableCell>
                        <TableCell>{translate(`${I}.fields.column`)}</TableCell>
                        <TableCell>{translate(`${I}.fields.message`)}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {imp.errors.map((error: RowError, index) => (
                        <TableRow key={index}>
                            <TableCell>{error.row}</TableCell>
                            <TableCell>{error.column}</TableCell>
                            <TableCell>{message(error)}</TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
            {total > imp.errors.length && (
                <Typography variant="caption" color="text.secondary">
                    {translate(`${I}.errorsMore`, { shown: imp.errors.length, total })}
                </Typography>
            )}
        </Section>
    );
};

/** Import the valid rows (after a confirmation), or cancel; then upload a fixed file of the same kind. */
const Actions = ({ imp }: { imp: ImportView }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const redirect = useRedirect();
    const [asking, setAsking] = useState(false);
    const [busy, setBusy] = useState(false);
    const act = async (call: () => Promise<unknown>, done: string) => {
        setBusy(true);
        try {
            await call();
            notify(`${I}.notifications.${done}`, { type: 'success' });
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${I}.notifications.action_failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
        } finally {
            setBusy(false);
            setAsking(false);
            refresh();
        }
    };
    const reviewing = imp.status === 'needsReview';
    const cancellable = imp.status === 'validating' || reviewing || imp.status === 'importing';
    const valid = imp.rowsValid ?? 0;
    return (
        <Stack direction="row" gap={2} sx={{ my: 2 }}>
            {reviewing && (
                <Button variant="contained" disabled={busy || valid === 0} onClick={() => setAsking(true)} data-testid="import-confirm">
                    {translate(`${I}.action.confirm`, { smart_count: valid })}
                </Button>
            )}
            {cancellable && (
                <Button variant="outlined" color="error" disabled={busy} onClick={() => act(() => cancelImport(imp.id), 'cancelled')} data-testid="import-cancel">
                    {translate(`${I}.action.cancel`)}
                </Button>
            )}
            {(reviewing || imp.status === 'failed' || imp.status === 'cancelled') && (
                <Button variant="outlined" onClick={() => redirect('create', 'imports', undefined, {}, { record: { kind: imp.kind } })} data-testid="import-again">
                    {translate(`${I}.action.upload_fixed`)}
                </Button>
            )}
            <Confirm
                isOpen={asking}
                loading={busy}
                title={`${I}.confirm.title`}
                content={translate(`${I}.confirm.content`, { valid, rejected: imp.rowsRejected ?? 0 })}
                confirm={`${I}.confirm.ok`}
                onConfirm={() => act(() => confirmImport(imp.id), 'confirmed')}
                onClose={() => setAsking(false)}
            />
        </Stack>
    );
};

const ImportPage = () => {
    const translate = useTranslate();
    const { record: imp } = useShowContext<ImportView & { id: number }>();
    if (!imp) return null;
    const kind = translate(`resources.records.kinds.${imp.kind}`);
    return (
        <Box sx={{ p: 2 }}>
            <Stack direction="row" alignItems="center" gap={2}>
                <Typography variant="h6">
                    {/* A file's name is the uploader's, in no language of the page (as the eligibility check shows it). */}
                    {kind} · <span lang="zxx">{imp.fileName}</span>
                </Typography>
                <RecordContextProvider value={imp}>
                    <ImportStatusField />
                </RecordContextProvider>
            </Stack>
            <Typography variant="body2" color="text.secondary">
                {translate(`${I}.uploaded`, {
                    person: imp.uploadedBy?.displayName ?? '',
                    department: imp.department?.name ?? '',
                    at: formatShanghaiTime(imp.createdAt),
                })}
            </Typography>
            <Typography variant="body1" sx={{ mt: 2 }} data-testid="import-status-text">
                {translate(`${I}.statusText.${imp.status}`, {
                    total: imp.rowsTotal,
                    valid: imp.rowsValid ?? 0,
                    rejected: imp.rowsRejected ?? 0,
                    stored: imp.stored ?? 0,
                    merged: imp.merged ?? 0,
                })}
            </Typography>
            {imp.status === 'failed' && imp.failure && (
                <Alert severity="error" sx={{ mt: 1 }} data-testid="import-failure">
                    {fieldMessage(imp.failure)}
                </Alert>
            )}
            {(imp.rowsAmbiguous ?? 0) > 0 && (
                <Alert severity="info" sx={{ mt: 1 }}>
                    {translate(`${I}.ambiguous`, { smart_count: imp.rowsAmbiguous ?? 0 })}
                </Alert>
            )}
            {isRunning(imp.status) && <Progress imp={imp} />}
            <Actions imp={imp} />
            {imp.status === 'done' && (
                <Link to={`/records?${new URLSearchParams({ filter: JSON.stringify({ kind: imp.kind }) })}`} data-testid="import-records-link">
                    {translate(`${I}.action.open_records`, { kind })}
                </Link>
            )}
            {(imp.errorsTotal ?? imp.errors.length) > 0 && <ErrorTable imp={imp} />}
        </Box>
    );
};

/** An import's page: asked again every second while it validates or imports. */
export const ImportShow = () => (
    <Show
        title={`${I}.page_title`}
        queryOptions={{
            refetchInterval: query => (query.state.data && isRunning((query.state.data as unknown as ImportView).status) ? POLL_MS : false),
        }}
    >
        <ImportPage />
    </Show>
);
