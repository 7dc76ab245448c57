import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

import type { DepartmentKind, EscalationLevel, Outcome, TaskStatus, TaskType, TimelineStep } from '../types';

// The department queue and the overdue board list tasks too, under the same column names.
const taskFields = {
    id: 'ID',
    type: 'Type',
    title: 'Title',
    status: 'Status',
    entity: 'Market entity',
    creditCode: 'Unified social credit code',
    department: 'Department',
    candidateDepartments: 'Candidate departments',
    assignee: 'Assignee',
    dueAt: 'Due',
    overdue: 'Overdue only',
    overdueFor: 'Overdue by',
    escalationLevel: 'Escalation',
    escalated: 'Escalated only',
    workflowId: 'Workflow',
    createdAt: 'Created',
    completedAt: 'Completed',
    outcome: 'Outcome',
    comment: 'Comment',
    q: 'Market entity or credit code',
    licenseItem: 'License item',
    scopeItems: 'Business scope items',
    legalBasis: 'Legal basis',
    eventId: 'Source event',
    licenseNo: 'License number',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    data: 'Other data',
};

const en = {
    ...englishMessages,
    zongjian: {
        title: 'Zongjian',
        auth: {
            too_many_attempts: 'Too many sign-in attempts, please wait a moment and retry',
        },
    },
    resources: {
        tasks: {
            name: 'My inbox',
            fields: taskFields,
            action: {
                claim: 'Claim',
                complete: 'Complete',
                reassign: 'Reassign',
            },
            notifications: {
                claimed: 'Task claimed',
                claim_failed: 'Could not claim the task: %{detail}',
                completed: 'Task completed',
                complete_failed: 'Could not complete the task: %{detail}',
                reassigned: 'Task reassigned',
                reassign_failed: 'Could not reassign the task: %{detail}',
            },
            types: {
                receipt: 'Receipt',
                claim: 'Claim',
                licenseDecision: 'License feedback',
                unlicensedOperationCheck: 'Unlicensed operation check',
            } satisfies Record<TaskType, string>,
            statuses: {
                open: 'Open',
                claimed: 'Claimed',
                completed: 'Completed',
                cancelled: 'Cancelled',
            } satisfies Record<TaskStatus, string>,
            outcomes: {
                received: 'Received',
                claimed: 'Claimed',
                issued: 'License issued',
                refused: 'License refused',
                not_applied: 'Not applied',
                not_required: 'No license required',
                operating_without_license: 'Operating without a license',
                not_operating: 'Not operating',
                licensed_elsewhere: 'Licensed elsewhere',
            } satisfies Record<Outcome, string>,
            escalationLevels: {
                1: 'Section escalation',
                2: 'District escalation',
            } satisfies Record<EscalationLevel, string>,
            overdueFor: {
                days: 'Overdue %{days} d %{hours} h',
                hours: 'Overdue %{hours} h',
                moments: 'Overdue less than 1 h',
            },
            unassigned: 'Unassigned',
            sections: {
                task: 'Task',
                entity: 'Market entity',
                license: 'License',
                result: 'Result',
            },
            dialogs: {
                complete_title: 'Complete “%{title}”',
                reassign_title: 'Reassign “%{title}”',
                reassign_user: 'New assignee',
                reassign_department: 'Department',
            },
            validation: {
                validTo_before_validFrom: 'Must not be before the start of validity',
            },
            timeline: {
                title: 'Timeline',
                empty: 'Nothing has happened yet',
                steps: {
                    pushed: 'Pushed',
                    received: 'Received',
                    claimed: 'Claimed',
                    decided: 'Decided',
                    escalated: 'Escalated',
                    reassigned: 'Reassigned',
                    cancelled: 'Cancelled',
                    checked: 'Checked',
                    completed: 'Completed',
                } satisfies Record<TimelineStep, string>,
            },
        },
        queue: {
            name: 'Department queue',
            fields: taskFields,
            empty: 'No task is waiting to be claimed by your department',
        },
        overdue: {
            name: 'Overdue escalations',
            fields: taskFields,
            empty: 'No task is overdue',
        },
        departments: {
            name: 'Departments',
            fields: {
                id: 'Code',
                code: 'Code',
                name: 'Name',
                kind: 'Kind',
            },
            kinds: {
                bureau: 'Bureau',
                district: 'District office',
            } satisfies Record<DepartmentKind, string>,
        },
        users: {
            name: 'Users',
            fields: {
                username: 'Username',
                displayName: 'Name',
            },
        },
    },
} satisfies TranslationMessages;

/** The shape every locale's messages must have: the English file is the reference. */
export type Messages = typeof en;

export default en;
