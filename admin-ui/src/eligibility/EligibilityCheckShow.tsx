import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, useShowContext, useTranslate } from 'react-admin';

import { Section } from '../Section';
import { formatShanghaiTime } from '../time';
import { workbookHref, type EligibilityCheck, type EligibilityRow } from './api';

const I = 'resources.eligibility-checks';

/** Each reason in the user's language, with the facts behind it as the register writes them. */
const Reasons = ({ row }: { row: EligibilityRow }) => {
    const translate = useTranslate();
    if (row.reasons.length === 0) return null;
    return (
        <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {row.reasons.map((reason, index) => (
                <li key={index}>
                    {translate(`${I}.reasons.${reason.kind}`)}
                    {reason.detail ? `：${reason.detail}` : ''}
                </li>
            ))}
        </Stack>
    );
};

const Rows = ({ rows }: { rows: EligibilityRow[] }) => {
    const translate = useTranslate();
    const yesNo = (value: boolean) => translate(value ? `${I}.values.yes` : `${I}.values.no`);
    return (
        <Table size="small" data-testid="eligibility-rows">
            <TableHead>
                <TableRow>
                    {['row', 'creditCode', 'name', 'found', 'status', 'eligible', 'reasons'].map(field => (
                        <TableCell key={field}>{translate(`${I}.fields.${field}`)}</TableCell>
                    ))}
                </TableRow>
            </TableHead>
            <TableBody>
                {rows.map(row => (
                    <TableRow key={row.row} data-testid={`eligibility-row-${row.row}`}>
                        <TableCell>{row.row}</TableCell>
                        <TableCell>{row.creditCode ?? ''}</TableCell>
                        <TableCell>{row.name ?? ''}</TableCell>
                        <TableCell>{yesNo(row.found)}</TableCell>
                        <TableCell>{row.status ? translate(`${I}.statuses.${row.status}`) : ''}</TableCell>
                        <TableCell>
                            <Chip
                                size="small"
                                color={row.eligible ? 'success' : 'error'}
                                variant="outlined"
                                label={translate(row.eligible ? `${I}.values.eligible` : `${I}.values.ineligible`)}
                            />
                        </TableCell>
                        <TableCell>
                            <Reasons row={row} />
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};

const CheckView = () => {
    const translate = useTranslate();
    const { record } = useShowContext<EligibilityCheck & { id: number }>();
    if (!record) return null;
    return (
        <Box sx={{ p: 2 }}>
            <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }} flexWrap="wrap">
                <Typography variant="h6" component="h2">
                    {record.policyName}
                </Typography>
                <Typography data-testid="eligibility-summary">
                    {translate(`${I}.summary`, {
                        total: record.total,
                        found: record.found,
                        eligible: record.eligible,
                        ineligible: record.total - record.eligible,
                    })}
                </Typography>
                <Button component="a" href={workbookHref(record.id)} download startIcon={<DownloadIcon />} data-testid="eligibility-download">
                    {translate(`${I}.action.download`)}
                </Button>
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate(`${I}.checked_by`, {
                    person: record.checkedBy,
                    department: record.department,
                    at: formatShanghaiTime(record.checkedAt),
                })}
                {'；'}
                {translate(`${I}.file_name`)}
                {/* A file name is no language (WCAG 3.1.2: marked so that it is not read as Chinese or English). */}
                <span lang="zxx" data-testid="eligibility-file-name">
                    {record.fileName}
                </span>
            </Typography>
            <Section title={translate(`${I}.rows_title`)}>
                <Rows rows={record.rows} />
            </Section>
        </Box>
    );
};

/** One check: who ran it for which policy on which file, and every row with its reasons; the rows as .xlsx. */
export const EligibilityCheckShow = () => (
    <Show title={`${I}.show_title`} actions={false} component="div">
        <CheckView />
    </Show>
);
