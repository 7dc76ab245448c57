import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const A = 'resources.audit-log';

/** A detail value as a person reads it: a list joined, a nested object as its JSON. */
const shown = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.map(shown).join('、');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
};

/** An entry's detail: one row per item it recorded (the filters of a search, a task's outcome, a file's hash). */
export const AuditDetail = ({ detail, compact = false }: { detail: Record<string, unknown>; compact?: boolean }) => {
    const translate = useTranslate();
    const items = Object.entries(detail ?? {});
    const fieldWords = (key: string) => translate(`${A}.detail.fields.${key}`, { _: key });
    if (items.length === 0) return <Typography variant="body2">{translate(`${A}.detail.empty`)}</Typography>;
    if (compact) {
        const text = items.map(([key, value]) => `${fieldWords(key)}：${shown(value)}`).join('；');
        return (
            <Typography variant="body2" title={text} sx={{ maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {text}
            </Typography>
        );
    }
    return (
        <Table size="small" sx={{ maxWidth: 720 }} data-testid="audit-detail">
            <TableHead>
                <TableRow>
                    <TableCell>{translate(`${A}.detail.keyHeader`)}</TableCell>
                    <TableCell>{translate(`${A}.detail.valueHeader`)}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {items.map(([key, value]) => (
                    <TableRow key={key}>
                        <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                            {fieldWords(key)}
                        </TableCell>
                        <TableCell sx={{ wordBreak: 'break-all' }}>{shown(value)}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};
