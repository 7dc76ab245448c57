import DownloadIcon from '@mui/icons-material/GetApp';
import { useState } from 'react';
import { Button, useListContext, useNotify } from 'react-admin';

import { problemMessage } from './api';
import { listExportPath } from './dataProvider';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file name the server gives (RFC 5987 `filename*`, Chinese), else the plain one. */
const fileNameOf = (disposition: string | null): string => {
    const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
    if (utf8) return decodeURIComponent(utf8[1]);
    return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? 'export.xlsx';
};

/**
 * 导出: the whole list as the server writes it (`&format=xlsx`: every page of what the filter shows, in the
 * list's order, names and words rather than codes), in place of react-admin's ExportButton, which would
 * page through the API in the browser and write the raw rows. A list too long to export says so
 * (export-too-large) in the user's language.
 */
export const ExportButton = () => {
    const { resource, sort, filter, filterValues, total } = useListContext();
    return <WorkbookButton path={listExportPath(resource, { sort, filter: { ...filterValues, ...filter } })} disabled={total === 0} testId="export-xlsx" />;
};

/** 导出 of a workbook the API writes at `path` (under /api/v1, with format=xlsx in it). */
export const WorkbookButton = ({ path, disabled, testId }: { path: string; disabled?: boolean; testId: string }) => {
    const notify = useNotify();
    const [busy, setBusy] = useState(false);
    const download = async () => {
        setBusy(true);
        try {
            await downloadWorkbook(`/api/v1${path}`, notify);
        } finally {
            setBusy(false);
        }
    };
    return (
        <Button label="ra.action.export" onClick={download} disabled={busy || disabled} data-testid={testId}>
            <DownloadIcon />
        </Button>
    );
};

/**
 * Asks the API for a workbook and saves it; a refusal is notified in the user's language (export-too-large), and
 * so is an answer that is no workbook (a list whose API has no export yet answers its JSON page).
 */
export async function downloadWorkbook(url: string, notify: ReturnType<typeof useNotify>): Promise<void> {
    try {
        const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: `${XLSX_TYPE}, application/problem+json` } });
        if (!response.ok) {
            const problem = await response.json().catch(() => ({}));
            notify(problemMessage(problem, response.status), { type: 'error' });
            return;
        }
        if (!response.headers.get('Content-Type')?.startsWith(XLSX_TYPE)) {
            notify('ra.notification.http_error', { type: 'error' });
            return;
        }
        await saveDownload(response);
    } catch {
        notify('ra.notification.http_error', { type: 'error' });
    }
}

/** Saves a file the API answered (a workbook) under the name its Content-Disposition gives. */
export async function saveDownload(response: Response): Promise<void> {
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response.headers.get('Content-Disposition'));
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The browser has taken the file once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
