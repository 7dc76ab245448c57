import { Typography } from '@mui/material';
import {
    ArrayField,
    DataTable,
    DateField,
    EditButton,
    FunctionField,
    Labeled,
    NumberField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
    useRecordContext,
    useResourceContext,
    useTranslate,
} from 'react-admin';

import { DepartmentName } from '../departments/DepartmentName';
import { ItemStatusField } from './CatalogList';
import { RetireButton } from './RetireButton';
import { DETAIL_FIELDS, kindChoices, type CatalogItem, type CatalogResource, type CatalogVersion } from './catalogs';
import { useManagesCatalogs } from './useManagesCatalogs';

const C = 'resources.catalogs';
const F = `${C}.fields`;

const ShowActions = () => {
    const manages = useManagesCatalogs();
    const item = useRecordContext<CatalogItem>();
    return (
        <TopToolbar>
            {manages && item?.status === 'current' && <EditButton label={`${C}.action.change`} data-testid="change-catalog-item" />}
            <RetireButton />
        </TopToolbar>
    );
};

const Details = () => {
    const resource = useResourceContext() as CatalogResource;
    const details = DETAIL_FIELDS[resource];
    return (
        <>
            {details.includes('method') && <Labeled label={`${F}.method`}><TextField source="method" /></Labeled>}
            {details.includes('kind') && <Labeled label={`${F}.kind`}><SelectField source="kind" choices={kindChoices} /></Labeled>}
            {details.includes('expiryWarningDays') && <Labeled label={`${F}.expiryWarningDays`}><NumberField source="expiryWarningDays" emptyText="—" /></Labeled>}
        </>
    );
};

/** A version's state: in force, superseded by a later one, or retired. */
const VersionState = () => {
    const v = useRecordContext<CatalogVersion>();
    const translate = useTranslate();
    if (!v) return null;
    const state = v.effectiveTo ? 'retired' : v.supersededAt ? 'superseded' : 'current';
    return <span data-testid="version-state" data-state={state}>{translate(`${C}.versionStates.${state}`)}</span>;
};

/** 事项详情: the version in force and every version before it, newest first, with who made each and why. */
export const CatalogShow = () => {
    const translate = useTranslate();
    return (
        <Show actions={<ShowActions />}>
            <SimpleShowLayout>
                <TextField source="code" label={`${F}.code`} sx={{ fontFamily: 'monospace' }} />
                <TextField source="name" label={`${F}.name`} />
                <FunctionField<CatalogItem> label={`${F}.departmentCode`} render={item => <DepartmentName code={item.departmentCode} />} />
                <TextField source="legalBasis" label={`${F}.legalBasis`} />
                <Details />
                <NumberField source="version" label={`${F}.version`} />
                <DateField source="effectiveFrom" label={`${F}.effectiveFrom`} />
                <DateField source="effectiveTo" label={`${F}.effectiveTo`} emptyText="—" />
                <ItemStatusField source="status" label={`${F}.status`} />
                <Typography variant="h6" sx={{ mt: 2 }}>
                    {translate(`${C}.versions`)}
                </Typography>
                <ArrayField source="versions" label={false}>
                    <DataTable bulkActionButtons={false} rowClick={false}>
                        <DataTable.NumberCol source="version" label={`${F}.version`} />
                        <DataTable.Col source="name" label={`${F}.name`} />
                        <DataTable.Col source="legalBasis" label={`${F}.legalBasis`} />
                        <DataTable.Col source="departmentCode" label={`${F}.departmentCode`}>
                            <FunctionField<CatalogVersion> render={v => <DepartmentName code={v.departmentCode} />} />
                        </DataTable.Col>
                        <DataTable.Col source="effectiveFrom" label={`${F}.effectiveFrom`}>
                            <DateField source="effectiveFrom" />
                        </DataTable.Col>
                        <DataTable.Col source="reason" label={`${F}.reason`} />
                        <DataTable.Col source="createdBy" label={`${F}.createdBy`}>
                            <FunctionField<CatalogVersion> render={v => v.createdByName ?? translate(`${C}.system`)} />
                        </DataTable.Col>
                        <DataTable.Col source="createdAt" label={`${F}.createdAt`}>
                            <DateField source="createdAt" showTime />
                        </DataTable.Col>
                        <DataTable.Col label={`${F}.versionState`}>
                            <VersionState />
                        </DataTable.Col>
                    </DataTable>
                </ArrayField>
            </SimpleShowLayout>
        </Show>
    );
};
