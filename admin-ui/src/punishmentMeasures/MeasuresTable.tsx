import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

import type { NoticeMeasure } from '../types';

const F = 'resources.punishment-measures.fields';

/**
 * The measures a notice asks a department to apply (or to lift, or a screening hit), each with its legal
 * basis: what the clerk acts on, so it is shown in full rather than as codes.
 */
export const MeasuresTable = ({ measures, testId = 'task-measures' }: { measures: NoticeMeasure[]; testId?: string }) => {
    const translate = useTranslate();
    if (measures.length === 0) {
        return (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                —
            </Typography>
        );
    }
    return (
        <Table size="small" data-testid={testId}>
            <TableHead>
                <TableRow>
                    <TableCell>{translate(`${F}.code`)}</TableCell>
                    <TableCell>{translate(`${F}.name`)}</TableCell>
                    <TableCell>{translate(`${F}.legalBasis`)}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {measures.map(measure => (
                    <TableRow key={measure.code} data-testid={`measure-${measure.code}`}>
                        <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{measure.code}</TableCell>
                        <TableCell>{measure.name}</TableCell>
                        <TableCell>{measure.legalBasis}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};
