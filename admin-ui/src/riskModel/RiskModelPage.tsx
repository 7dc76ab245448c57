import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { HttpError, Title, useNotify, useTranslate } from 'react-admin';

import { apiFetch } from '../api';
import type { components } from '../api/schema';
import { useSetsWarningRules } from '../warningRules/RuleList';

type RiskModel = components['schemas']['RiskModel'];
type Factor = keyof RiskModel['weights'];

const R = 'resources.risk-model';
// The facts in the order a person reads them: lists, then records, then the entity itself (domain/risk.ts).
const FACTORS: Factor[] = ['seriousViolation', 'abnormalOperation', 'otherListings', 'penalties', 'failedInspections', 'warnings', 'complaints', 'lapsedLicenses', 'newEntity'];
const CLASSES = ['B', 'C', 'D'] as const;

/**
 * 风险模型 (F14): the credit-risk model in force — points per fact, the cap, the window and the class thresholds.
 * The district office and administrators save a new version (PUT /api/v1/risk-model), which scores the register
 * at once; leaders and supervisors read it.
 */
export const RiskModelPage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const [model, setModel] = useState<RiskModel | null>(null);
    const [draft, setDraft] = useState<RiskModel | null>(null);
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [saving, setSaving] = useState(false);
    // The rule of the warning rules: the district office (or an administrator) keeps the district's settings.
    const mayEdit = useSetsWarningRules();

    useEffect(() => {
        apiFetch<RiskModel>('/risk-model').then(m => {
            setModel(m);
            setDraft(m);
        });
    }, []);
    if (!model || !draft) return null;

    const number = (value: string) => (value.trim() === '' ? NaN : Number(value));
    const save = async () => {
        setSaving(true);
        setErrors({});
        try {
            const { version: _, ...body } = draft;
            const saved = await apiFetch<RiskModel>('/risk-model', { method: 'PUT', body: JSON.stringify(body) });
            setModel(saved);
            setDraft(saved);
            notify(translate(`${R}.saved`, { version: saved.version }), { type: 'success' });
        } catch (err) {
            const fields = ((err as HttpError).body?.errors ?? []) as Array<{ field: string }>;
            setErrors(Object.fromEntries(fields.map(f => [f.field.replace(/^body\./, ''), translate(`${R}.invalid.${f.field.replace(/^body\./, '').split('.')[0]}`)])));
            notify((err as Error).message, { type: 'error' });
        } finally {
            setSaving(false);
        }
    };

    return (
        <Box sx={{ mt: 2 }}>
            <Title title={translate(`${R}.title`)} />
            <Card>
                <CardContent>
                    <Typography variant="h6">{translate(`${R}.heading`, { version: model.version })}</Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                        {translate(`${R}.explain`)}
                    </Typography>
                    <Table size="small" sx={{ maxWidth: 760 }}>
                        <TableHead>
                            <TableRow>
                                <TableCell>{translate(`${R}.fact`)}</TableCell>
                                <TableCell>{translate(`${R}.points`)}</TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {FACTORS.map(f => (
                                <TableRow key={f}>
                                    <TableCell>{translate(`resources.entities.risk.factors.${f}`)}</TableCell>
                                    <TableCell>
                                        <TextField
                                            size="small"
                                            type="number"
                                            slotProps={{ htmlInput: { min: 0, max: 100, 'aria-label': translate(`resources.entities.risk.factors.${f}`) }, input: { readOnly: !mayEdit } }}
                                            value={Number.isNaN(draft.weights[f]) ? '' : draft.weights[f]}
                                            error={!!errors[`weights.${f}`]}
                                            helperText={errors[`weights.${f}`]}
                                            onChange={e => setDraft({ ...draft, weights: { ...draft.weights, [f]: number(e.target.value) } })}
                                        />
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                    <Stack direction="row" spacing={2} sx={{ mt: 3, flexWrap: 'wrap' }} useFlexGap>
                        <TextField
                            label={translate(`${R}.countCap`)}
                            type="number"
                            value={Number.isNaN(draft.countCap) ? '' : draft.countCap}
                            slotProps={{ input: { readOnly: !mayEdit } }}
                            error={!!errors.countCap}
                            helperText={errors.countCap ?? translate(`${R}.countCapHelp`)}
                            onChange={e => setDraft({ ...draft, countCap: number(e.target.value) })}
                        />
                        <TextField
                            label={translate(`${R}.windowMonths`)}
                            type="number"
                            value={Number.isNaN(draft.windowMonths) ? '' : draft.windowMonths}
                            slotProps={{ input: { readOnly: !mayEdit } }}
                            error={!!errors.windowMonths}
                            helperText={errors.windowMonths ?? translate(`${R}.windowMonthsHelp`)}
                            onChange={e => setDraft({ ...draft, windowMonths: number(e.target.value) })}
                        />
                        {CLASSES.map(c => (
                            <TextField
                                key={c}
                                label={translate(`${R}.threshold`, { class: c })}
                                type="number"
                                value={Number.isNaN(draft.thresholds[c]) ? '' : draft.thresholds[c]}
                                slotProps={{ input: { readOnly: !mayEdit } }}
                                error={!!errors.thresholds}
                                helperText={errors.thresholds}
                                onChange={e => setDraft({ ...draft, thresholds: { ...draft.thresholds, [c]: number(e.target.value) } })}
                            />
                        ))}
                    </Stack>
                    {mayEdit ? (
                        <Box sx={{ mt: 3 }}>
                            <Button variant="contained" onClick={save} disabled={saving}>
                                {translate(`${R}.save`)}
                            </Button>
                        </Box>
                    ) : (
                        <Alert severity="info" sx={{ mt: 3 }}>
                            {translate(`${R}.readOnly`)}
                        </Alert>
                    )}
                </CardContent>
            </Card>
        </Box>
    );
};
