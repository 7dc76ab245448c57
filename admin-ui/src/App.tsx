import { Admin, Resource } from 'react-admin';

import apiKeys from './apiKeys';
import auditLog from './auditLog';
import { authProvider } from './authProvider';
import cases from './cases';
import creditListings from './creditListings';
import { dataProvider } from './dataProvider';
import departments from './departments';
import eligibilityChecks from './eligibility';
import eligibilityPolicies from './eligibilityPolicies';
import dueSoon from './dueSoon';
import entities from './entities';
import imports from './imports';
import { i18nProvider } from './i18n/i18nProvider';
import inspectionPlans from './inspectionPlans';
import inspections, { myInspections } from './inspections';
import { AppLayout } from './Menu';
import operations from './operations';
import overdue from './overdue';
import {
    administers,
    canSupervise,
    checksEligibility,
    entersListings,
    entersRecords,
    plansSpotChecks,
    leads,
    raisesWarnings,
    readsAuditLog,
    seesSpotChecks,
    seesStatistics,
    seesSubscriptions,
    worksInspections,
    seesEfficiency,
    worksTasks,
} from './permissions';
import punishmentFeedback from './punishmentFeedback';
import efficiency, { efficiencyTasks } from './efficiency';
import { checkCatalog, licenseCatalog, penaltyCatalog } from './catalogs';
import punishmentMeasures from './punishmentMeasures';
import queue from './queue';
import records from './records';
import subscriptions from './subscriptions';
import tasks from './tasks';
import users from './users';
import inspectors from './inspectors';
import experts from './experts';
import thirdParties from './thirdParties';
import conflicts from './conflicts';
import resourceDistribution from './resourceDistribution';
import checkItemExpertise from './checkItemExpertise';
import statistics from './statistics';
import { theme } from './theme';
import riskModel from './riskModel';
import warningRules from './warningRules';
import warnings from './warnings';

// The first resource is the landing page: 我的检查 for inspectors (their own inspections, which the inbox
// would bury under the department's receipts), 我的待办 for the others who work tasks; leaders, who have no
// inbox, land on their dashboard (综合统计); auditors on the audit log (审计日志).
const catalogResources = { 'catalog-license-items': licenseCatalog, 'catalog-penalty-items': penaltyCatalog, 'catalog-check-items': checkCatalog };

const App = () => (
    <Admin
        title="综监"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        layout={AppLayout}
        theme={theme}
        requireAuth
        disableTelemetry
    >
        {permissions => (
            <>
                {/* 综合统计: the leader's home page (first in the menu); a department version for supervisors and administrators, lower. */}
                {leads(permissions) && <Resource name="statistics" {...statistics} />}
                {/* 审计日志: the auditor's landing page (and theirs only: least privilege, DESIGN.md rule 7). */}
                {readsAuditLog(permissions) && <Resource name="audit-log" {...auditLog} />}
                {worksInspections(permissions) && <Resource name="my-inspections" {...myInspections} />}
                {worksTasks(permissions) && <Resource name="tasks" {...tasks} />}
                {worksTasks(permissions) && <Resource name="queue" {...queue} />}
                {canSupervise(permissions) && <Resource name="overdue" {...overdue} />}
                {canSupervise(permissions) && <Resource name="due-soon" {...dueSoon} />}
                {seesStatistics(permissions) && !leads(permissions) && <Resource name="statistics" {...statistics} />}
                {seesEfficiency(permissions) && <Resource name="efficiency" {...efficiency} />}
                {seesEfficiency(permissions) && <Resource name="efficiency-tasks" {...efficiencyTasks} />}
                {seesSpotChecks(permissions) && (
                    <Resource
                        name="inspection-plans"
                        {...inspectionPlans}
                        create={plansSpotChecks(permissions) ? inspectionPlans.create : undefined}
                    />
                )}
                {seesSpotChecks(permissions) && <Resource name="inspections" {...inspections} />}
                {/* The entity pickers' search and the dossier page (一户一档), for every role the API lets read it. */}
                {seesSpotChecks(permissions) && <Resource name="entities" {...entities} />}
                {seesSpotChecks(permissions) && <Resource name="cases" {...cases} />}
                {/* Collected records (归集): the departments' own; entered online and imported by those who enter records. */}
                {seesSpotChecks(permissions) && (
                    <Resource name="records" {...records} create={entersRecords(permissions) ? records.create : undefined} />
                )}
                {entersRecords(permissions) && <Resource name="imports" {...imports} />}
                {/* Joint punishment and warnings: every role reads them (the API's own rule); who may
                    write is checked per action, by the API too. */}
                <Resource
                    name="credit-listings"
                    {...creditListings}
                    create={entersListings(permissions) ? creditListings.create : undefined}
                />
                <Resource
                    name="punishment-measures"
                    {...punishmentMeasures}
                    create={canSupervise(permissions) ? punishmentMeasures.create : undefined}
                    edit={canSupervise(permissions) ? punishmentMeasures.edit : undefined}
                />
                <Resource name="punishment-feedback" {...punishmentFeedback} />
                {/* 事项清单 (F1): everyone reads their department's items; the district office keeps them (the API's rule). */}
                {(['catalog-license-items', 'catalog-penalty-items', 'catalog-check-items'] as const).map(name => (
                    <Resource
                        key={name}
                        name={name}
                        {...catalogResources[name]}
                        create={canSupervise(permissions) ? catalogResources[name].create : undefined}
                        edit={canSupervise(permissions) ? catalogResources[name].edit : undefined}
                    />
                ))}
                {/* 资格核查: clerks and supervisors check a list against a policy; the administrator keeps the policies. */}
                {checksEligibility(permissions) && <Resource name="eligibility-checks" {...eligibilityChecks} />}
                {checksEligibility(permissions) && (
                    <Resource name="eligibility-policies" {...eligibilityPolicies} edit={administers(permissions) ? eligibilityPolicies.edit : undefined} />
                )}
                <Resource
                    name="warnings"
                    {...warnings}
                    create={raisesWarnings(permissions) ? warnings.create : undefined}
                />
                <Resource
                    name="warning-rules"
                    {...warningRules}
                    edit={canSupervise(permissions) ? warningRules.edit : undefined}
                />
                {/* 风险模型: read by those who read the statistics (GET /api/v1/risk-model); the district office sets it. */}
                {seesStatistics(permissions) && <Resource name="risk-model" {...riskModel} />}
                {/* 信息共享订阅: the department's staff read and pause theirs; the administrator subscribes one for a department. */}
                {seesSubscriptions(permissions) && (
                    <Resource name="subscriptions" {...subscriptions} create={administers(permissions) ? subscriptions.create : undefined} />
                )}
                {/* 监管资源 (F2): inspectors' profiles, experts, third parties, conflicts of interest, distribution. */}
                {seesSpotChecks(permissions) && <Resource name="inspectors" {...inspectors} edit={canSupervise(permissions) ? inspectors.edit : undefined} />}
                {seesSpotChecks(permissions) && <Resource name="experts" {...experts} create={canSupervise(permissions) ? experts.create : undefined} edit={canSupervise(permissions) ? experts.edit : undefined} />}
                {seesSpotChecks(permissions) && <Resource name="third-parties" {...thirdParties} create={canSupervise(permissions) ? thirdParties.create : undefined} edit={canSupervise(permissions) ? thirdParties.edit : undefined} />}
                {(canSupervise(permissions) || worksInspections(permissions) || leads(permissions)) && <Resource name="conflicts" {...conflicts} create={canSupervise(permissions) || worksInspections(permissions) ? conflicts.create : undefined} />}
                {seesSpotChecks(permissions) && <Resource name="check-item-expertise" {...checkItemExpertise} create={canSupervise(permissions) ? checkItemExpertise.create : undefined} />}
                {(canSupervise(permissions) || leads(permissions)) && <Resource name="resource-distribution" {...resourceDistribution} />}
                <Resource name="departments" {...departments} />
                {administers(permissions) && <Resource name="stuck-processes" {...operations} />}
                {/* 用户管理 and 接口密钥: the administrator's (the task pickers read /users without the resource). */}
                {administers(permissions) && <Resource name="users" {...users} />}
                {administers(permissions) && <Resource name="api-keys" {...apiKeys} />}
            </>
        )}
    </Admin>
);

export default App;
