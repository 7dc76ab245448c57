import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import {
    Accordion,
    AccordionDetails,
    AccordionSummary,
    Box,
    Chip,
    IconButton,
    Link as MuiLink,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Tooltip,
    Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, useGetManyReference, useNotify, useRecordContext, useTranslate, type TranslateFunction } from 'react-admin';

import { personName } from '../tasks/personName';
import { formatShanghaiTime } from '../time';
import type { Inspection, InspectionPlan, PlanDraw } from '../types';
import { Z } from '../supervision/fields';
import { shortfallFields, stratumLabel } from './format';
import { PUBLIC_PAGE_URL, publicDrawUrl, verifyCommand } from './paths';

const P = 'resources.inspection-plans';
const D = `${P}.draw`;

const Mono = ({ children, testId }: { children: ReactNode; testId?: string }) => (
    <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid={testId}>
        {children}
    </Typography>
);

const NotYet = ({ testId }: { testId?: string }) => {
    const translate = useTranslate();
    return (
        <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid={testId}>
            {translate(`${D}.not_revealed`)}
        </Typography>
    );
};

/** The command line, selectable, with a copy button. */
const CommandLine = ({ command }: { command: string }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const copy = () =>
        navigator.clipboard
            ?.writeText(command)
            .then(() => notify(`${P}.notifications.copied`, { type: 'info' }))
            .catch(() => undefined);
    return (
        <Stack direction="row" sx={{ alignItems: 'center', bgcolor: 'action.hover', borderRadius: 1, px: 1.5, py: 1 }}>
            {/* A command line is read as typed, in English (WCAG 3.1.2), whatever the page's language. */}
            <Box component="code" lang="en" sx={{ flex: 1, fontSize: 13, wordBreak: 'break-all' }} data-testid="draw-verify-cli">
                {command}
            </Box>
            <Tooltip title={translate(`${P}.action.copy`)}>
                <IconButton size="small" onClick={copy} aria-label={translate(`${P}.action.copy`)}>
                    <ContentCopyIcon fontSize="small" />
                </IconButton>
            </Tooltip>
        </Stack>
    );
};

const StrataTable = ({ strata }: { strata: NonNullable<PlanDraw['strata']> }) => {
    const translate = useTranslate();
    return (
        <Table size="small" aria-label={translate(`${D}.strata`)} data-testid="draw-strata">
            <TableHead>
                <TableRow>
                    <TableCell>{translate(`${D}.stratum`)}</TableCell>
                    <TableCell align="right">{translate(`${P}.preview.poolSize`)}</TableCell>
                    <TableCell align="right">{translate(`${D}.drawn`)}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {strata.map(stratum => (
                    <TableRow key={stratum.key} data-testid={`draw-stratum-${stratum.key}`}>
                        <TableCell>{stratumLabel(stratum.key, translate)}</TableCell>
                        <TableCell align="right">{stratum.poolSize}</TableCell>
                        <TableCell align="right">{stratum.drawn}</TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};

// A plan draws a few hundred entities at most; one page of the API's largest size (500) holds them all.
const ALL_INSPECTIONS = { page: 1, perPage: 500 };

/** A drawn team member as a person: name and department; the credential number is in the verification details. */
const memberLabel = (translate: TranslateFunction, plan: InspectionPlan, credentialNo: string) => {
    const person = plan.members?.[credentialNo];
    return person ? personName(translate, person.displayName, person.department.name) : credentialNo;
};

/** The drawn entities with their teams, people by name. */
const DrawnTable = ({ plan, inspections }: { plan: InspectionPlan; inspections: NonNullable<PlanDraw['inspections']> }) => {
    const translate = useTranslate();
    const { data = [] } = useGetManyReference<Inspection>('inspections', {
        target: 'planId',
        id: plan.id,
        pagination: ALL_INSPECTIONS,
        sort: { field: 'id', order: 'ASC' },
    });
    const byEntity = new Map(data.map(inspection => [inspection.creditCode, inspection]));
    return (
        <Table size="small" aria-label={translate(`${D}.entities`)} data-testid="draw-entities">
            <TableHead>
                <TableRow>
                    <TableCell>{translate(`${D}.entity`)}</TableCell>
                    <TableCell>{translate(`${D}.stratum`)}</TableCell>
                    <TableCell>{translate(`${D}.team`)}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {inspections.map(drawn => {
                    const inspection = byEntity.get(drawn.creditCode);
                    return (
                        <TableRow key={drawn.creditCode} data-testid={`drawn-${drawn.creditCode}`}>
                            <TableCell>
                                {inspection && <Typography variant="body2">{inspection.entityName}</Typography>}
                                <Typography variant="caption" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                                    {drawn.creditCode}
                                </Typography>
                            </TableCell>
                            <TableCell>{stratumLabel(drawn.stratum, translate)}</TableCell>
                            <TableCell>
                                {drawn.unstaffed ? (
                                    <Chip size="small" color="warning" label={translate(`${D}.unstaffed`)} data-testid="drawn-unstaffed" />
                                ) : drawn.team ? (
                                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                                        {drawn.team.map(credentialNo => (
                                            <Chip key={credentialNo} size="small" variant="outlined" label={memberLabel(translate, plan, credentialNo)} />
                                        ))}
                                        {(drawn.experts ?? []).map(id => (
                                            <Chip key={`expert-${id}`} size="small" color="secondary" variant="outlined" label={translate(`${D}.expert`, { name: plan.experts?.[id]?.name ?? id, employer: plan.experts?.[id]?.employer ?? '' })} data-testid="drawn-expert" />
                                        ))}
                                        {(drawn.thirdParties ?? []).map(creditCode => (
                                            <Chip key={`third-party-${creditCode}`} size="small" color="info" variant="outlined" label={translate(`${D}.third_party`, { name: plan.thirdParties?.[creditCode]?.name ?? creditCode })} data-testid="drawn-third-party" />
                                        ))}
                                        <Shortfall kind="expert" shortfall={drawn.expertShortfall} />
                                        <Shortfall kind="third_party" shortfall={drawn.thirdPartyShortfall} />
                                    </Stack>
                                ) : (
                                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                                        {translate(`${D}.team_pending`)}
                                    </Typography>
                                )}
                            </TableCell>
                        </TableRow>
                    );
                })}
            </TableBody>
        </Table>
    );
};

/** A staffed team that goes without the expert or third-party body of some field: none was eligible. */
const Shortfall = ({ kind, shortfall }: { kind: 'expert' | 'third_party'; shortfall?: string }) => {
    const translate = useTranslate();
    const fields = shortfallFields(shortfall);
    if (!shortfall) return null;
    const names = fields.map(field => translate(`${Z}.fields.${field}`, { _: field })).join(translate(`${D}.field_separator`));
    return <Chip size="small" color="warning" variant="outlined" label={translate(`${D}.${kind}_shortfall`, { fields: names })} data-testid={`drawn-${kind.replace('_', '-')}-shortfall`} />;
};

/** Each drawn team by credential number (执法证号), as the published draw names them: for checking it. */
const TeamCredentials = ({ inspections }: { inspections: NonNullable<PlanDraw['inspections']> }) => (
    <Stack spacing={0.5} data-testid="draw-team-credentials">
        {inspections
            .filter(drawn => drawn.team?.length)
            .map(drawn => (
                <Mono key={drawn.creditCode}>{`${drawn.creditCode}: ${drawn.team!.join(', ')}`}</Mono>
            ))}
    </Stack>
);

/**
 * The draw as a person reads it: when the commitments were published and the draw made, how many of
 * each stratum were drawn, and the drawn entities with their teams by name. The hashes, seeds and the
 * command that repeats the draw are folded away in the verification details below it.
 */
export const DrawVerification = () => {
    const plan = useRecordContext<InspectionPlan>();
    const translate = useTranslate();
    if (!plan) return null;
    const draw = plan.draw;
    if (!draw) {
        return (
            <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="draw-not-committed">
                {translate(`${D}.not_committed`)}
            </Typography>
        );
    }
    return (
        <Stack spacing={1.5} data-testid="draw-summary">
            <Labeled label={`${D}.committedAt`}>
                <Typography variant="body2">{formatShanghaiTime(draw.committedAt)}</Typography>
            </Labeled>
            <Labeled label={`${D}.drawnAt`}>
                {draw.drawnAt ? <Typography variant="body2">{formatShanghaiTime(draw.drawnAt)}</Typography> : <NotYet />}
            </Labeled>
            {draw.strata && (
                <Labeled label={`${D}.strata`}>
                    <StrataTable strata={draw.strata} />
                </Labeled>
            )}
            {draw.inspections && (
                <Labeled label={`${D}.entities`}>
                    <DrawnTable plan={plan} inspections={draw.inspections} />
                </Labeled>
            )}
            <VerificationDetails plan={plan} draw={draw} />
        </Stack>
    );
};

/**
 * 核验信息 (DESIGN.md rule 2), folded until opened: the plan number, the commitments published at approval
 * (algorithm, pool hash, seed hashes), the revealed seeds, the result hash, the teams by credential number,
 * and how anyone repeats the draw from the published data. Not rendered at all while folded.
 */
const VerificationDetails = ({ plan, draw }: { plan: InspectionPlan; draw: PlanDraw }) => {
    const translate = useTranslate();
    const drawUrl = publicDrawUrl(plan.id);
    return (
        <Accordion variant="outlined" disableGutters slotProps={{ transition: { unmountOnExit: true } }} data-testid="draw-verification-details">
            <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="draw-verification-content" id="draw-verification-header" data-testid="draw-verification-toggle">
                <Typography variant="subtitle2">{translate(`${D}.details`)}</Typography>
            </AccordionSummary>
            <AccordionDetails id="draw-verification-content">
                <Stack spacing={1.5} data-testid="draw-verification">
                    <Labeled label={`${P}.fields.id`}>
                        <Mono testId="draw-plan-id">{plan.id}</Mono>
                    </Labeled>
                    <Labeled label={`${D}.algorithm`}>
                        <Mono testId="draw-algorithm">{draw.algorithm}</Mono>
                    </Labeled>
                    <Labeled label={`${D}.poolHash`}>
                        <Mono testId="draw-pool-hash">{draw.poolHash}</Mono>
                    </Labeled>
                    <Labeled label={`${D}.seedHash_entities`}>
                        <Mono testId="draw-seed-hash-entities">{draw.seedHashes.entities}</Mono>
                    </Labeled>
                    <Labeled label={`${D}.seedHash_teams`}>
                        <Mono testId="draw-seed-hash-teams">{draw.seedHashes.teams}</Mono>
                    </Labeled>
                    <Labeled label={`${D}.seed_entities`}>
                        {draw.seeds.entities ? <Mono testId="draw-seed-entities">{draw.seeds.entities}</Mono> : <NotYet testId="draw-seed-entities-pending" />}
                    </Labeled>
                    <Labeled label={`${D}.seed_teams`}>
                        {draw.seeds.teams ? <Mono testId="draw-seed-teams">{draw.seeds.teams}</Mono> : <NotYet />}
                    </Labeled>
                    <Labeled label={`${D}.resultHash`}>
                        {draw.resultHash ? <Mono testId="draw-result-hash">{draw.resultHash}</Mono> : <NotYet />}
                    </Labeled>
                    {draw.inspections?.some(drawn => drawn.team?.length) && (
                        <Labeled label={`${D}.team_credentials`}>
                            <TeamCredentials inspections={draw.inspections} />
                        </Labeled>
                    )}
                    <Typography variant="body2" sx={{ pt: 1 }}>
                        {translate(`${D}.verify`)}
                    </Typography>
                    <CommandLine command={verifyCommand(plan.id, window.location.origin)} />
                    <Stack direction="row" spacing={3}>
                        <MuiLink href={drawUrl} target="_blank" rel="noopener" data-testid="draw-public-link">
                            {translate(`${D}.public_draw`)} <OpenInNewIcon sx={{ fontSize: 14, verticalAlign: 'middle' }} />
                        </MuiLink>
                        <MuiLink href={PUBLIC_PAGE_URL} target="_blank" rel="noopener" data-testid="public-page-link">
                            {translate(`${D}.public_page`)} <OpenInNewIcon sx={{ fontSize: 14, verticalAlign: 'middle' }} />
                        </MuiLink>
                    </Stack>
                </Stack>
            </AccordionDetails>
        </Accordion>
    );
};
