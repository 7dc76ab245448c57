import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';

import { postJson } from '../api';
import { formatShanghaiTime } from '../time';

const V = 'resources.audit-log.verify';

interface Problem {
    id: number;
    problem: string;
    message: string;
}

/** POST /audit-log/verify's answer (api/audit/routes.ts AuditVerification). */
export interface AuditVerification {
    intact: boolean;
    checked: number;
    problemCount: number;
    firstProblem: Problem | null;
    problems: Problem[];
    checkpoints: { compared: true; count: number; latestAt: string; latestLastId: number } | { compared: false; code: string; reason: string };
}

/** The result in words: intact or the first broken entry, then what the log's end was compared with. */
const VerificationResult = ({ result }: { result: AuditVerification }) => {
    const translate = useTranslate();
    const problemWords = (p: Problem) => translate(`${V}.problems.${p.problem}`, { _: p.problem });
    const cp = result.checkpoints;
    return (
        <Stack spacing={2} data-testid="audit-verification">
            <Alert severity={result.intact ? 'success' : 'error'} data-testid={result.intact ? 'audit-chain-intact' : 'audit-chain-broken'}>
                {result.intact
                    ? translate(`${V}.intact`, { checked: result.checked })
                    : translate(`${V}.broken`, { checked: result.checked, count: result.problemCount, id: result.firstProblem!.id, problem: problemWords(result.firstProblem!) })}
            </Alert>
            <Alert severity={cp.compared ? 'info' : 'warning'}>
                {cp.compared
                    ? translate(`${V}.checkpoints`, { count: cp.count, at: formatShanghaiTime(cp.latestAt), lastId: cp.latestLastId })
                    : translate(`${V}.noCheckpoint`, { reason: translate(`${V}.reasons.${cp.code}`, { _: cp.reason }) })}
            </Alert>
            {result.problems.length > 0 && (
                <List dense aria-label={translate(`${V}.problemsTitle`)}>
                    {result.problems.map(p => (
                        <ListItem key={`${p.id}-${p.problem}`} disableGutters>
                            <ListItemText primary={`${translate(`${V}.entry`, { id: p.id })}：${problemWords(p)}`} />
                        </ListItem>
                    ))}
                </List>
            )}
        </Stack>
    );
};

/** 校验审计链: runs the verification of `cli audit verify` on the server and shows its result in words. */
export const VerifyChainButton = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [busy, setBusy] = useState(false);
    const [result, setResult] = useState<AuditVerification | null>(null);
    const run = async () => {
        setBusy(true);
        try {
            setResult(await postJson<AuditVerification>('/audit-log/verify'));
        } catch (error) {
            notify((error as Error).message, { type: 'error' });
        } finally {
            setBusy(false);
        }
    };
    const close = () => {
        setResult(null);
        // The verification is an entry of the log: the list shows it.
        refresh();
    };
    return (
        <>
            <Button label={busy ? `${V}.running` : `${V}.button`} onClick={run} disabled={busy} data-testid="verify-audit-chain">
                <VerifiedUserIcon />
            </Button>
            <Dialog open={result !== null} onClose={close} maxWidth="sm" fullWidth aria-labelledby="audit-verification-title">
                <DialogTitle id="audit-verification-title">{translate(`${V}.title`)}</DialogTitle>
                <DialogContent>{result && <VerificationResult result={result} />}</DialogContent>
                <DialogActions>
                    <Button label={`${V}.close`} onClick={close} />
                </DialogActions>
            </Dialog>
        </>
    );
};
