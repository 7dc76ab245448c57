import { Chip, Tooltip, Typography } from '@mui/material';
import { DataTable, FunctionField, SelectInput, useTranslate } from 'react-admin';

import { NameAndCode } from '../NameAndCode';
import { RecordList } from '../RecordList';
import { formatShanghaiTime } from '../time';
import { STUCK_PROCESSES, STUCK_STATES, type StuckProcess } from './types';

// react-admin translates a choice's name, so each choice points at its message key.
const choicesOf = (values: readonly string[], group: string) =>
    values.map(id => ({ id, name: `resources.stuck-processes.${group}.${id}` }));

const stuckFilters = [
    <SelectInput key="state" source="state" choices={choicesOf(STUCK_STATES, 'states')} alwaysOn />,
    <SelectInput key="process" source="process" choices={choicesOf(STUCK_PROCESSES, 'processes')} alwaysOn />,
];

/** The process by name, with its workflow id underneath: what an operator looks up in Temporal's UI. */
const ProcessName = ({ row }: { row: StuckProcess }) => {
    const translate = useTranslate();
    return (
        <>
            <Typography variant="body2">{translate(`resources.stuck-processes.processes.${row.process}`, { _: row.process })}</Typography>
            <Typography variant="caption" lang="en" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                {row.workflowId}
            </Typography>
        </>
    );
};

/** Failed (red) or still retrying (orange); a run stopped on its data says so. */
const StateChip = ({ row }: { row: StuckProcess }) => {
    const translate = useTranslate();
    const label = translate(`resources.stuck-processes.states.${row.state}`);
    const reason = row.errorType ? translate(`resources.stuck-processes.errorTypes.${row.errorType}`, { _: '' }) : '';
    return (
        <Chip
            size="small"
            color={row.state === 'failed' ? 'error' : 'warning'}
            label={reason ? `${label}：${reason}` : label}
            data-testid="stuck-state"
            data-state={row.state}
        />
    );
};

/**
 * The step by name; the failure message itself is technical and shown as it is, in full on hover, marked as
 * English (lang, WCAG 3.1.2) like the workflow id: a screen reader reads it as such.
 */
const StepAndError = ({ row }: { row: StuckProcess }) => {
    const translate = useTranslate();
    return (
        <>
            <Typography variant="body2">{row.step ? translate(`resources.stuck-processes.steps.${row.step}`, { _: row.step }) : '—'}</Typography>
            <Tooltip title={row.error ?? ''}>
                <Typography variant="caption" lang="en" sx={{ color: 'text.secondary', display: 'block', maxWidth: 420, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {row.error}
                </Typography>
            </Tooltip>
        </>
    );
};

/**
 * 异常流程 (admins): processes that failed — a DataError: a step could not go on with its data — or whose
 * current step has been failing for longer than the platform's threshold, the newest first.
 */
export const StuckProcessList = () => (
    <RecordList<StuckProcess> filters={stuckFilters} perPage={25} rowTestId="stuck-row" rowClick={false}>
        <DataTable.Col source="process" disableSort>
            <FunctionField<StuckProcess> render={row => <ProcessName row={row} />} />
        </DataTable.Col>
        <DataTable.Col source="state" disableSort>
            <FunctionField<StuckProcess> render={row => <StateChip row={row} />} />
        </DataTable.Col>
        <DataTable.Col source="entity" disableSort>
            <FunctionField<StuckProcess>
                render={row => (row.entity ? <NameAndCode name={row.entity.name ?? '—'} code={row.entity.creditCode} /> : '—')}
            />
        </DataTable.Col>
        <DataTable.Col source="since" disableSort>
            <FunctionField<StuckProcess> render={row => formatShanghaiTime(row.since)} />
        </DataTable.Col>
        <DataTable.Col source="attempts" disableSort>
            <FunctionField<StuckProcess> render={row => row.attempts ?? '—'} />
        </DataTable.Col>
        <DataTable.Col source="step" disableSort>
            <FunctionField<StuckProcess> render={row => <StepAndError row={row} />} />
        </DataTable.Col>
    </RecordList>
);
