import {
    Alert,
    LinearProgress,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { HttpError, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

import { errorDetail, postJson } from '../api';
import type { PlanPreview as Preview, Problem } from '../types';
import { stratumLabel } from './format';
import { toPlanInput, type PlanFormValues } from './planForm';

// Wait for the typing to stop before counting the pool.
const DEBOUNCE_MS = 400;

type PreviewState =
    | { state: 'idle' }
    | { state: 'loading'; data?: Preview }
    | { state: 'ready'; data: Preview }
    | { state: 'error'; detail: string; fields: string[] };

/** The problem's detail, and what it says of each field (`strata: …`), for a plan the API cannot count. */
const failure = (error: unknown): PreviewState => {
    const problem = error instanceof HttpError ? (error.body as Problem | undefined) : undefined;
    return {
        state: 'error',
        detail: errorDetail(error),
        fields: (problem?.errors ?? []).map(({ field, message }) => `${field}: ${message}`),
    };
};

/**
 * What the plan would draw as it now stands: the pool size and the number to draw per stratum, and
 * how many inspectors (and teams) are eligible. Asks `POST /inspection-plans/preview` with the very
 * body the wizard would create the plan with, once the values stop changing.
 */
export const PlanPreview = () => {
    const translate = useTranslate();
    const values = useWatch<PlanFormValues>() as PlanFormValues;
    const body = useMemo(() => JSON.stringify(toPlanInput(values)), [values]);
    const [preview, setPreview] = useState<PreviewState>({ state: 'idle' });

    useEffect(() => {
        let current = true;
        setPreview(previous => ({ state: 'loading', data: 'data' in previous ? previous.data : undefined }));
        const timer = setTimeout(() => {
            postJson<Preview>('/inspection-plans/preview', JSON.parse(body))
                .then(data => current && setPreview({ state: 'ready', data }))
                .catch(error => current && setPreview(failure(error)));
        }, DEBOUNCE_MS);
        return () => {
            current = false;
            clearTimeout(timer);
        };
    }, [body]);

    const data = 'data' in preview ? preview.data : undefined;
    return (
        <div data-testid="plan-preview" data-state={preview.state}>
            {preview.state === 'loading' && <LinearProgress aria-label={translate('resources.inspection-plans.preview.loading')} />}
            {preview.state === 'error' && (
                <Alert severity="warning" role="status">
                    {translate('resources.inspection-plans.preview.failed', {
                        detail: translate(preview.detail, { _: preview.detail }),
                    })}
                    {preview.fields.map(field => (
                        <div key={field}>{field}</div>
                    ))}
                </Alert>
            )}
            {data && preview.state !== 'error' && (
                <>
                    <Table size="small" aria-label={translate('resources.inspection-plans.preview.title')}>
                        <TableHead>
                            <TableRow>
                                <TableCell>{translate('resources.inspection-plans.preview.stratum')}</TableCell>
                                <TableCell align="right">{translate('resources.inspection-plans.preview.poolSize')}</TableCell>
                                <TableCell align="right">{translate('resources.inspection-plans.preview.toDraw')}</TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {data.strata.map(stratum => (
                                <TableRow key={stratum.key} data-testid={`preview-row-${stratum.key}`}>
                                    <TableCell>{stratumLabel(stratum.key, translate)}</TableCell>
                                    <TableCell align="right" data-field="poolSize">
                                        {stratum.poolSize}
                                    </TableCell>
                                    <TableCell align="right" data-field="toDraw">
                                        {stratum.toDraw}
                                    </TableCell>
                                </TableRow>
                            ))}
                            {data.strata.length > 1 && (
                                <TableRow data-testid="preview-row-total">
                                    <TableCell sx={{ fontWeight: 'medium' }}>
                                        {translate('resources.inspection-plans.preview.total')}
                                    </TableCell>
                                    <TableCell align="right" data-field="poolSize" sx={{ fontWeight: 'medium' }}>
                                        {data.strata.reduce((sum, stratum) => sum + stratum.poolSize, 0)}
                                    </TableCell>
                                    <TableCell align="right" data-field="toDraw" sx={{ fontWeight: 'medium' }}>
                                        {data.strata.reduce((sum, stratum) => sum + stratum.toDraw, 0)}
                                    </TableCell>
                                </TableRow>
                            )}
                        </TableBody>
                    </Table>
                    <Typography variant="body2" sx={{ mt: 1 }} data-testid="preview-inspectors">
                        {translate('resources.inspection-plans.preview.inspectors', {
                            inspectors: data.inspectors,
                            teams: data.teams,
                        })}
                    </Typography>
                </>
            )}
        </div>
    );
};
