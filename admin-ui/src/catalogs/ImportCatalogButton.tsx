import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';

import { apiFetch, errorDetail, fieldMessage } from '../api';
import type { Problem } from '../types';
import { CATALOG_RESOURCES, type CatalogResource } from './catalogs';

const C = 'resources.catalogs';

interface ImportResult {
    created: number;
    changed: number;
    unchanged: number;
}

/** A refused file's errors, one line each: the row, the column (its Chinese header) and the reason in the user's language. */
const rowErrorsOf = (error: unknown) => {
    const problem = error instanceof HttpError ? (error.body as Problem | undefined) : undefined;
    return (problem?.errors ?? []).map(e => {
        const [row, column] = e.field.includes(':') ? e.field.split(':') : ['', e.field];
        return { row, column: column === 'file' ? '' : column, message: fieldMessage(e) };
    });
};

/**
 * 从 Excel 导入: the district office uploads a workbook with the list's columns (the list's own export is one); every
 * row is checked first, and a file with any error imports nothing and lists each error by row and column.
 */
export const ImportCatalogButton = ({ resource }: { resource: CatalogResource }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    const [file, setFile] = useState<File | null>(null);
    const [sending, setSending] = useState(false);
    const [failure, setFailure] = useState<{ message: string; rows: Array<{ row: string; column: string; message: string }> } | null>(null);
    const close = () => {
        setOpen(false);
        setFile(null);
        setFailure(null);
    };
    const send = async () => {
        if (!file) return;
        setSending(true);
        setFailure(null);
        try {
            const form = new FormData();
            form.append('file', file, file.name);
            const result = await apiFetch<ImportResult>(`/catalogs/${CATALOG_RESOURCES[resource]}/import`, { method: 'POST', body: form });
            notify(`${C}.notifications.imported`, { type: 'success', messageArgs: { ...result } });
            refresh();
            close();
        } catch (error) {
            setFailure({ message: translate(errorDetail(error), { _: errorDetail(error) }), rows: rowErrorsOf(error) });
        } finally {
            setSending(false);
        }
    };
    return (
        <>
            <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)} data-testid="import-catalog">
                {translate(`${C}.action.import`)}
            </Button>
            <Dialog open={open} onClose={close} maxWidth="md" fullWidth>
                <DialogTitle>{translate(`${C}.dialogs.import_title`)}</DialogTitle>
                <DialogContent>
                    <Typography variant="body2" sx={{ mb: 2 }}>
                        {translate(`${C}.dialogs.import_hint`)}
                    </Typography>
                    <Button variant="outlined" component="label" sx={{ textTransform: 'none' }} data-testid="import-catalog-choose">
                        {file ? file.name : translate(`${C}.action.choose_file`)}
                        <input hidden type="file" accept=".xlsx,.csv" data-testid="import-catalog-file" onChange={e => setFile(e.target.files?.[0] ?? null)} />
                    </Button>
                    {failure && (
                        <Alert severity="error" sx={{ mt: 2 }} data-testid="import-catalog-errors">
                            {failure.message}
                            {failure.rows.length > 0 && (
                                <Table size="small" sx={{ mt: 1 }}>
                                    <TableHead>
                                        <TableRow>
                                            <TableCell>{translate(`${C}.errors.row`)}</TableCell>
                                            <TableCell>{translate(`${C}.errors.column`)}</TableCell>
                                            <TableCell>{translate(`${C}.errors.message`)}</TableCell>
                                        </TableRow>
                                    </TableHead>
                                    <TableBody>
                                        {failure.rows.map((r, i) => (
                                            <TableRow key={i}>
                                                <TableCell>{r.row}</TableCell>
                                                <TableCell>{r.column}</TableCell>
                                                <TableCell>{r.message}</TableCell>
                                            </TableRow>
                                        ))}
                                    </TableBody>
                                </Table>
                            )}
                        </Alert>
                    )}
                </DialogContent>
                <DialogActions>
                    <Button onClick={close}>{translate('ra.action.cancel')}</Button>
                    <Button variant="contained" disabled={!file || sending} onClick={send} data-testid="import-catalog-send">
                        {translate(`${C}.action.import`)}
                    </Button>
                </DialogActions>
            </Dialog>
        </>
    );
};
