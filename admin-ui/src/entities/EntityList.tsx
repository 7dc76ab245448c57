import { Chip, Stack, Typography } from '@mui/material';
import {
    DataTable,
    DateInput,
    FunctionField,
    ReferenceField,
    ReferenceInput,
    SearchInput,
    SelectInput,
    TextField,
    useTranslate,
} from 'react-admin';

import type { components } from '../api/schema';
import { ListPagination } from '../ListPagination';
import { NameAndCode } from '../NameAndCode';
import { RecordList } from '../RecordList';
import { entityStatusChoices, industryChoices, listedChoices, riskClassChoices, sectionOf } from './choices';

// 市场主体 / 一户一档: entity search (GET /api/v1/entities, db/entitySearch.ts). `q` is a fragment of the name or a
// credit code (whole or its beginning); the filters narrow it. A row opens the entity's dossier.

export type EntitySummary = components['schemas']['EntitySummary'] & { id: string };

const SearchBox = (props: { source: string; alwaysOn: boolean }) => {
    const translate = useTranslate();
    return <SearchInput {...props} placeholder={translate('resources.entities.search.placeholder')} sx={{ minWidth: 280 }} />;
};

const entityFilters = [
    <SearchBox key="q" source="q" alwaysOn />,
    <ReferenceInput key="region" source="region" reference="regions" alwaysOn>
        <SelectInput optionText="name" label="resources.entities.fields.region" />
    </ReferenceInput>,
    <SelectInput key="industry" source="industry" choices={industryChoices} alwaysOn />,
    // As wide as its longest label ('Registration status'), which the arrow would otherwise cover.
    <SelectInput key="status" source="status" choices={entityStatusChoices} alwaysOn sx={{ minWidth: 190 }} />,
    <SelectInput key="riskClass" source="riskClass" choices={riskClassChoices} alwaysOn />,
    <SelectInput key="listed" source="listed" choices={listedChoices} alwaysOn />,
    // Set by a month of 综合统计's registrations: the entities established in it.
    <DateInput key="establishedFrom" source="establishedFrom" />,
    <DateInput key="establishedTo" source="establishedTo" />,
];

const Industry = ({ code }: { code: string }) => {
    const translate = useTranslate();
    const section = sectionOf(code);
    return (
        <>
            <Typography variant="body2">{section ? translate(`resources.entities.industries.${section}`) : '—'}</Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                {code}
            </Typography>
        </>
    );
};

const Listings = ({ listTypes }: { listTypes: string[] }) => {
    const translate = useTranslate();
    if (!listTypes.length) return <>—</>;
    return (
        <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
            {listTypes.map(t => (
                <Chip key={t} size="small" color="warning" variant="outlined" label={translate(`resources.credit-listings.listTypes.${t}`)} />
            ))}
        </Stack>
    );
};

/** 市场主体 / 一户一档: find an entity by a name fragment or credit code, with filters; a row opens its dossier. */
export const EntityList = () => (
    <RecordList<EntitySummary> filters={entityFilters} perPage={25} rowTestId="entity-row" pagination={<ListPagination more="resources.entities.search.more" testId="entities-capped" />}>
        <DataTable.Col source="name" disableSort>
            <FunctionField<EntitySummary> render={e => <NameAndCode name={e.name} code={e.creditCode} />} />
        </DataTable.Col>
        <DataTable.Col source="entityType" disableSort>
            <TextField source="entityType" />
        </DataTable.Col>
        <DataTable.Col source="regionCode" label="resources.entities.fields.region" disableSort>
            <ReferenceField source="regionCode" reference="regions" link={false}>
                <TextField source="name" />
            </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="industryCode" label="resources.entities.fields.industry" disableSort>
            <FunctionField<EntitySummary> render={e => <Industry code={e.industryCode} />} />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
            <FunctionField<EntitySummary> render={e => <StatusText status={e.status} />} />
        </DataTable.Col>
        <DataTable.Col source="riskClass" disableSort>
            <FunctionField<EntitySummary> render={e => <RiskText riskClass={e.riskClass} />} />
        </DataTable.Col>
        <DataTable.Col source="listTypes" disableSort>
            <FunctionField<EntitySummary> render={e => <Listings listTypes={e.listTypes} />} />
        </DataTable.Col>
    </RecordList>
);

const StatusText = ({ status }: { status: string }) => {
    const translate = useTranslate();
    return <>{translate(`resources.entities.statuses.${status}`, { _: status })}</>;
};

const RiskText = ({ riskClass }: { riskClass: string }) => {
    const translate = useTranslate();
    return <>{translate(`resources.entities.riskClasses.${riskClass}`, { _: riskClass })}</>;
};
