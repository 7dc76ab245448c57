import { Typography } from '@mui/material';
import { DataTable, DateInput, FunctionField, SelectField, SelectInput, useTranslate } from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { DepartmentName } from '../departments/DepartmentName';
import { NameAndCode } from '../NameAndCode';
import { raisesWarnings } from '../permissions';
import { RecordList } from '../RecordList';
import { useSeesAll } from '../useSeesAll';
import { outcomeChoices } from '../tasks/choices';
import { formatShanghaiTime } from '../time';
import type { Warning } from '../types';
import { warningLevelChoices, warningRuleChoices, warningSourceChoices, warningStatusChoices } from './choices';
import { WarningLevelField } from './WarningLevelField';

const warningFilters = (seesAll: boolean) => [
    <SelectInput key="level" source="level" choices={warningLevelChoices} alwaysOn />,
    <SelectInput key="status" source="status" choices={warningStatusChoices} alwaysOn />,
    <SelectInput key="ruleCode" source="ruleCode" choices={warningRuleChoices} alwaysOn />,
    <SelectInput key="source" source="source" choices={warningSourceChoices} alwaysOn />,
    // The responsible department, for those who see every department's warnings (a bar of 综合统计 opens it so).
    ...(seesAll ? [<DepartmentInput key="departmentCode" source="departmentCode" alwaysOn />] : []),
    // The days raised: set by 综合统计, whose numbers count the warnings raised in its period.
    <DateInput key="raisedFrom" source="raisedFrom" />,
    <DateInput key="raisedTo" source="raisedTo" />,
];

/** An automatic warning names its rule; a manual one (主动预警) has none and says so. */
export const RuleName = ({ warning }: { warning: Warning }) => {
    const translate = useTranslate();
    return (
            <Typography component="span" variant="body2">
                {warning.ruleCode
                    ? translate(`resources.warnings.rules.${warning.ruleCode}`, { _: warning.ruleCode })
                    : translate('resources.warnings.sources.manual')}
            </Typography>
    );
};

/**
 * 监管预警: the warnings of my department (every department's for the district office, admins and
 * leaders), the open ones by default, the newest first (paged by the API).
 */
export const WarningList = () => {
    const seesAll = useSeesAll();
    return (
        <RecordList<Warning>
            filters={warningFilters(seesAll)}
            filterDefaultValues={{ status: 'open' }}
            create={{ allowed: raisesWarnings, testId: 'create-warning' }}
            sort={{ field: 'raisedAt', order: 'DESC' }}
            perPage={25}
            rowTestId="warning-row"
        >
            <DataTable.Col source="level" disableSort>
                <WarningLevelField />
            </DataTable.Col>
            <DataTable.Col source="subject" disableSort />
            <DataTable.Col source="entityName" disableSort>
                <FunctionField<Warning> render={warning => <NameAndCode name={warning.entityName} code={warning.creditCode} />} />
            </DataTable.Col>
            <DataTable.Col source="ruleCode" disableSort>
                <FunctionField<Warning> render={warning => <RuleName warning={warning} />} />
            </DataTable.Col>
            <DataTable.Col source="departmentCode" disableSort>
                <FunctionField<Warning> render={warning => <DepartmentName code={warning.departmentCode} />} />
            </DataTable.Col>
            <DataTable.Col source="raisedAt">
                <FunctionField<Warning> render={warning => formatShanghaiTime(warning.raisedAt)} />
            </DataTable.Col>
            <DataTable.Col source="status">
                <SelectField source="status" choices={warningStatusChoices} />
            </DataTable.Col>
            <DataTable.Col source="outcome" disableSort>
                <SelectField source="outcome" choices={outcomeChoices} />
            </DataTable.Col>
        </RecordList>
    );
};
