import { DataTable, DateInput, FunctionField, SelectInput, TextInput, useTranslate } from 'react-admin';

import { RecordList } from '../RecordList';
import { formatShanghaiTime } from '../time';
import { AuditDetail } from './AuditDetail';
import { VerifyChainButton } from './VerifyChainButton';
import { actionWords, actorTypeWords, AUDIT_ACTIONS, AUDIT_TARGET_TYPES, processWords, targetTypeWords } from './words';

/** GET /audit-log's rows (api/audit/routes.ts AuditEntry). */
export interface AuditEntry {
    id: number;
    at: string;
    actorType: string;
    actor: { id: string; name: string; department: { code: string; name: string } | null };
    action: string;
    target: { type: string; id: string; label: string | null };
    detail: Record<string, unknown>;
    /** The name of each department code and login in the detail. */
    names: Record<string, string>;
    hash: string;
    prevHash: string;
}

/** The actor as a person reads them: a person by name and department, a process by its kind, a system or command by kind and id. */
export const ActorText = ({ entry }: { entry: AuditEntry }) => {
    const translate = useTranslate();
    if (entry.actorType === 'user') {
        return (
            <span>
                {entry.actor.name}
                {entry.actor.department ? `（${entry.actor.department.name}）` : ''}
            </span>
        );
    }
    // A process by its kind in words ("流程：案件办理"), not its workflow id; the id stays on hover and in the export.
    if (entry.actorType === 'workflow') return <span title={entry.actor.id}>{`${actorTypeWords(translate, entry.actorType)}：${processWords(translate, entry.actor.id)}`}</span>;
    return <span>{`${actorTypeWords(translate, entry.actorType)}：${entry.actor.name}`}</span>;
};

/** The target as its kind in words and what a person recognises (an entity's name, a task's title), else its key. */
export const TargetText = ({ entry }: { entry: AuditEntry }) => {
    const translate = useTranslate();
    const kind = targetTypeWords(translate, entry.target.type);
    // A person by name alone (their login is no word of theirs); an entity's name with its credit code.
    // The log's own entries: the searches, the chain, or one entry by its number.
    if (entry.target.type === 'auditLog') {
        const own = translate(`resources.audit-log.auditTargets.${entry.target.id}`, { _: translate('resources.audit-log.verify.entry', { id: entry.target.id }) });
        return <span>{`${kind}：${own}`}</span>;
    }
    const label = entry.target.label && entry.target.type !== 'user' ? `${entry.target.label}（${entry.target.id}）` : (entry.target.label ?? entry.target.id);
    return <span>{`${kind}：${label}`}</span>;
};

/**
 * 审计日志 (F8/F15), the auditor's landing page: every action's trace, newest first, searched by person (a name
 * or a login), action, target and days; each entry opens on its own page; 校验审计链 verifies the chain; 导出
 * writes the filtered log as a workbook. Each search, reading, export and verification is itself an entry.
 */
export const AuditLogList = () => {
    const translate = useTranslate();
    const filters = [
        <TextInput key="actor" source="actor" alwaysOn resettable />,
        <SelectInput key="action" source="action" alwaysOn choices={AUDIT_ACTIONS.map(id => ({ id, name: actionWords(translate, id) }))} translateChoice={false} sx={{ minWidth: 200 }} />,
        <SelectInput key="targetType" source="targetType" choices={AUDIT_TARGET_TYPES.map(id => ({ id, name: targetTypeWords(translate, id) }))} translateChoice={false} sx={{ minWidth: 160 }} />,
        <TextInput key="targetId" source="targetId" />,
        <DateInput key="from" source="from" alwaysOn />,
        <DateInput key="to" source="to" alwaysOn />,
    ];
    return (
        <RecordList<AuditEntry>
            filters={filters}
            sort={{ field: 'id', order: 'DESC' }}
            perPage={25}
            rowTestId="audit-row"
            extraActions={<VerifyChainButton />}
        >
            <DataTable.Col source="at" disableSort>
                <FunctionField<AuditEntry> render={e => <span style={{ whiteSpace: 'nowrap' }}>{formatShanghaiTime(e.at)}</span>} />
            </DataTable.Col>
            <DataTable.Col source="actor" disableSort>
                <FunctionField<AuditEntry> render={e => <ActorText entry={e} />} />
            </DataTable.Col>
            <DataTable.Col source="action" disableSort>
                <FunctionField<AuditEntry> render={e => <span style={{ whiteSpace: 'nowrap' }}>{actionWords(translate, e.action)}</span>} />
            </DataTable.Col>
            <DataTable.Col source="target" disableSort>
                <FunctionField<AuditEntry> render={e => <TargetText entry={e} />} />
            </DataTable.Col>
            <DataTable.Col source="detail" disableSort>
                <FunctionField<AuditEntry> render={e => <AuditDetail detail={e.detail} names={e.names} targetType={e.target.type} compact />} />
            </DataTable.Col>
        </RecordList>
    );
};
