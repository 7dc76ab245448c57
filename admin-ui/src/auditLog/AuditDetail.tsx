import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const A = 'resources.audit-log';

/** A detail value as a person reads it: a department or person by name, a list joined, a nested object as its JSON. */
const shown = (value: unknown, names: Record<string, string>): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'string' && names[value]) return names[value];
    if (Array.isArray(value)) return value.map(v => shown(v, names)).join('、');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
};

/** An entry's detail: one row per item it recorded (the filters of a search, a task's outcome, a file's hash). */
export const AuditDetail = ({ detail, names = {}, compact = false, targetType }: { detail: Record<string, unknown>; names?: Record<string, string>; compact?: boolean; targetType?: string }) => {
    const translate = useTranslate();
    // A task's status and outcome are codes (claimed, received): in the task list's words.
    const words: Record<string, string> = {};
    if (targetType === 'task') {
        for (const [key, group] of [['status', 'statuses'], ['outcome', 'outcomes']] as const) {
            const code = detail?.[key];
            if (typeof code === 'string' && code) words[code] = translate(`resources.tasks.${group}.${code}`, { _: code });
        }
    }
    names = { ...words, ...names };
    // The list's line leaves out a task's key: the target column names the task in words; the entry's page keeps it.
    const items = Object.entries(detail ?? {}).filter(([key]) => !(compact && key === 'taskKey'));
    const fieldWords = (key: string) => translate(`${A}.detail.fields.${key}`, { _: key });
    if (items.length === 0) return <Typography variant="body2">{translate(`${A}.detail.empty`)}</Typography>;
    if (compact) {
        const text = items.map(([key, value]) => `${fieldWords(key)}：${shown(value, names)}`).join('；');
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
                        <TableCell sx={{ wordBreak: 'break-all' }}>{shown(value, names)}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};
