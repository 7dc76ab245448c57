// The dossier as GET /api/v1/entities/{creditCode} answers it (api/entities/dossier.ts), masked by role.

export interface DepartmentRef {
    code: string;
    name: string;
}

export interface PersonRef {
    displayName: string;
    department: DepartmentRef | null;
}

export interface DossierLink {
    resource: 'tasks' | 'inspections' | 'cases' | 'credit-listings' | 'warnings' | 'entities';
    id: string;
}

export interface DossierTimelineItem {
    at: string;
    kind: string;
    title: string;
    department: DepartmentRef | null;
    link: DossierLink | null;
}

export interface DossierTask {
    id: number;
    type: string;
    title: string;
    status: string;
    department: DepartmentRef | null;
    assignee: PersonRef | null;
    dueAt: string;
    createdAt: string;
    workingDaysLeft: number | null;
    light: 'green' | 'yellow' | 'red' | null;
}

export interface EntityDossier {
    id: string;
    /** Rows each section has; a section holds its first `pageSize` (api/entities/dossier.ts DOSSIER_PAGE). */
    totals?: Partial<Record<string, number>>;
    pageSize?: number;
    entity: {
        creditCode: string;
        name: string;
        entityType: string;
        industryCode: string;
        regionCode: string;
        address: string;
        legalRepresentative: string;
        businessScope: string;
        registrationAuthority: string;
        establishedOn: string | null;
        status: string;
        riskClass: string;
    };
    registrations: Array<{ action: string; occurredAt: string; status: string; receivedAt: string }>;
    licenses: Array<{
        id: number;
        licenseItem: { code: string; name: string };
        department: DepartmentRef | null;
        licenseNo: string;
        validFrom: string | null;
        validTo: string | null;
        state: 'valid' | 'expiring' | 'expired' | 'revoked';
    }>;
    notifications: Array<{
        licenseItem: { code: string; name: string } | null;
        scopeItems: string[];
        department: DepartmentRef | null;
        candidateDepartments: DepartmentRef[];
        stage: string;
        decision: string | null;
        pushedAt: string;
        updatedAt: string;
    }>;
    inspections: Array<{
        id: number;
        kind: string;
        department: DepartmentRef | null;
        status: string;
        outcome: string | null;
        finding: string | null;
        recordedBy: PersonRef | null;
        dueAt: string;
        recordedAt: string | null;
    }>;
    cases: Array<{ id: number; department: DepartmentRef | null; stage: string; filedAt: string | null; decidedAt: string | null; outcome: string | null }>;
    penalties: Array<{ caseId: number; department: DepartmentRef | null; decidedAt: string | null; decisionNo?: string; fineAmount?: number; amount?: number }>;
    listings: Array<{
        id: string;
        listType: string;
        reason: string;
        documentNo: string;
        authority: string;
        listedOn: string;
        expiresOn: string | null;
        status: string;
        endedOn: string | null;
        endReason: string | null;
        measures: Array<{ code: string; name: string; legalBasis: string; department: DepartmentRef | null }>;
    }>;
    warnings: Array<{ id: string; level: string; subject: string; reason: string; department: DepartmentRef | null; status: string; raisedAt: string }>;
    records: { available: boolean; byKind: Array<{ kind: string; count: number; items: DossierRecord[] }> };
    openTasks: {
        total: number;
        byDepartment: Array<{ department: DepartmentRef | null; count: number; titles: string[] }>;
        tasks: DossierTask[];
        tasksOfDepartment: string | null;
    };
    timeline: DossierTimelineItem[];
    /** The credit-risk model's score and why (F14): the facts that scored, most points first. */
    risk: { class: string; score: number; factors: Array<{ factor: string; count: number; points: number }>; modelVersion: number; asOf: string };
    masking: { names: boolean; phoneNumbers: boolean; idNumbers: boolean };
}

/** A collected record (归集) in the dossier: personal fields of `data` masked by role. */
export interface DossierRecord {
    key: string;
    department: DepartmentRef | null;
    occurredOn: string;
    system: string;
    data: Record<string, unknown>;
}
