import { FunctionField, Show, useTranslate } from 'react-admin';

import { FieldsSection, Section } from '../Section';
import { formatShanghaiTime } from '../time';
import { AuditDetail } from './AuditDetail';
import { ActorText, TargetText, type AuditEntry } from './AuditLogList';
import { actionWords } from './words';

const A = 'resources.audit-log';

const Hash = ({ value }: { value: string }) => <code style={{ wordBreak: 'break-all' }}>{value}</code>;

/** One entry of the audit log: who, what, to which record, when; its detail item by item; its place in the chain. */
export const AuditLogShow = () => {
    const translate = useTranslate();
    return (
        <Show>
            <FieldsSection title={`${A}.detail.title`}>
                <FunctionField<AuditEntry> source="id" render={e => e.id} />
                <FunctionField<AuditEntry> source="at" render={e => formatShanghaiTime(e.at)} />
                <FunctionField<AuditEntry> source="actor" render={e => <ActorText entry={e} />} />
                <FunctionField<AuditEntry> source="action" render={e => actionWords(translate, e.action)} />
                <FunctionField<AuditEntry> source="target" render={e => <TargetText entry={e} />} />
                <FunctionField<AuditEntry> source="hash" render={e => <Hash value={e.hash} />} />
                <FunctionField<AuditEntry> source="prevHash" render={e => <Hash value={e.prevHash} />} />
            </FieldsSection>
            <Section title={`${A}.fields.detail`}>
                <FunctionField<AuditEntry> render={e => <AuditDetail detail={e.detail} names={e.names} targetType={e.target.type} />} />
            </Section>
        </Show>
    );
};
