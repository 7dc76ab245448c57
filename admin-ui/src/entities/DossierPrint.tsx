import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Button, TopToolbar, useRecordContext, useTranslate } from 'react-admin';

import { formatShanghaiTime } from '../time';
import type { EntityDossier } from './types';

const P = 'resources.entities.print';

/**
 * The dossier on paper (A4): only the dossier — no app bar, menu or buttons — one column, a section's
 * table rows never split across pages, headings kept with what follows, and the page number with the
 * page count in the bottom margin (CSS page margin boxes, Chromium 131 and later).
 */
const printStyles = (
    <GlobalStyles
        styles={{
            '@page': {
                size: 'A4',
                margin: '16mm 14mm 18mm',
                '@bottom-center': { content: 'counter(page) " / " counter(pages)', fontSize: '9pt', color: '#555' },
            },
            '@media print': {
                'html, body': { background: '#fff !important' },
                '.RaAppBar-appBar, header.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, nav, .RaLayout-appFrame > header, [data-no-print]': { display: 'none !important' },
                '.MuiButton-root, .MuiIconButton-root, .MuiSnackbar-root, .RaShow-actions, .MuiToolbar-root': { display: 'none !important' },
                '.RaLayout-appFrame': { marginTop: '0 !important' },
                '.RaLayout-content, .RaLayout-contentWithSidebar, main': { padding: '0 !important', margin: '0 !important', width: '100% !important', maxWidth: 'none !important' },
                '[data-testid="dossier"] .MuiGrid-root': { maxWidth: '100% !important', flexBasis: '100% !important', width: '100% !important' },
                '.MuiCard-root': { boxShadow: 'none !important', breakInside: 'auto' },
                '.MuiCardHeader-root': { breakAfter: 'avoid', pageBreakAfter: 'avoid' },
                'tr, li, .MuiAlert-root': { breakInside: 'avoid', pageBreakInside: 'avoid' },
                thead: { display: 'table-header-group' },
                a: { color: 'inherit !important', textDecoration: 'none !important' },
                '[data-print-only]': { display: 'block !important' },
            },
        }}
    />
);

/** The dossier's own heading on paper: the entity by name and credit code, and when it was printed. */
export const DossierPrintHeader = () => {
    const d = useRecordContext<EntityDossier>();
    const translate = useTranslate();
    const title = d ? `${d.entity.name}（${d.entity.creditCode}）${translate(`${P}.heading`)}` : null;
    // The page's title is what a browser prints in its header and names a saved PDF after.
    useEffect(() => {
        if (!title) return;
        const before = document.title;
        document.title = title;
        return () => {
            document.title = before;
        };
    }, [title]);
    if (!d) return null;
    return (
        <Box data-print-only data-testid="dossier-print-header" sx={{ display: 'none', mb: 2, pb: 1, borderBottom: '1px solid #999' }}>
            {printStyles}
            <Typography variant="caption">{translate(`${P}.heading`)}</Typography>
            <Typography variant="h5" component="p">
                {d.entity.name}
            </Typography>
            <Typography variant="body2">
                {translate('resources.entities.fields.creditCode')}：{d.entity.creditCode} · {translate(`${P}.printedAt`, { time: formatShanghaiTime(new Date().toISOString()) })}
            </Typography>
        </Box>
    );
};

/** Above the dossier: print it (the browser's print dialog, A4 with the print styles above). */
export const DossierActions = () => (
    <TopToolbar>
        <Button label={`${P}.action`} onClick={() => window.print()} data-testid="print-dossier">
            <PrintIcon />
        </Button>
    </TopToolbar>
);
