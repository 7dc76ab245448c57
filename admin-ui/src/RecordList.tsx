import { useMemo, type ReactNode } from 'react';
import {
    CreateButton,
    DataTable,
    FilterButton,
    List,
    TopToolbar,
    useFilterContext,
    usePermissions,
    useResourceDefinition,
    type DataTableProps,
    type ListProps,
    type RaRecord,
} from 'react-admin';

import { ExportButton } from './ExportButton';
import { ListPagination } from './ListPagination';
import { withRowTestId } from './tasks/withRowTestId';

interface CreateAction {
    /** Whether these roles may add a record (the API decides again). */
    allowed: (permissions: unknown) => boolean;
    testId: string;
}

/**
 * Above the list: the filter button (react-admin's default, for lists without their own create rule), the
 * create button to those who may, and the export of the whole filtered list (ExportButton).
 */
const RecordListActions = ({ create, exportable, extra }: { create?: CreateAction; exportable: boolean; extra?: ReactNode }) => {
    const { permissions } = usePermissions();
    const filters = useFilterContext();
    const { hasCreate } = useResourceDefinition();
    return (
        <TopToolbar>
            {!create && filters && <FilterButton />}
            {create ? create.allowed(permissions) && <CreateButton data-testid={create.testId} /> : hasCreate && <CreateButton />}
            {extra}
            {exportable && <ExportButton />}
        </TopToolbar>
    );
};

type RecordListProps<T extends RaRecord> = Omit<ListProps<T>, 'children' | 'actions' | 'empty' | 'exporter'> & {
    /** Rows carry `data-testid="<rowTestId>-<id>"`, for the browser tests. */
    rowTestId: string;
    rowClick?: DataTableProps<T>['rowClick'];
    /** Actions on the rows a user selects (bulk claim, bulk reassign); without them rows cannot be selected. */
    bulkActionButtons?: DataTableProps<T>['bulkActionButtons'];
    /** Who may add a record: the create button above the list. */
    create?: CreateAction;
    /** Whether the list's API answers `&format=xlsx` (api/lists.ts answerList), which the export button downloads. */
    exportable?: boolean;
    /** A list's own actions beside the export (校验审计链). */
    extraActions?: ReactNode;
    /** The columns. */
    children: ReactNode;
};

/**
 * What the record lists share: the filters and pages the API answers, the server's export of the whole list, bulk selection only where a list has bulk actions,
 * a row opening its record, and rows a browser test can find. A list one may add to keeps its create
 * button when it has no records (no invitation page in its place), to those who may.
 */
export const RecordList = <T extends RaRecord>({ rowTestId, rowClick = 'show', bulkActionButtons = false, create, exportable = true, extraActions, children, ...listProps }: RecordListProps<T>) => {
    // One body component per list: a new one on each render would mount every row again.
    const body = useMemo(() => withRowTestId(rowTestId), [rowTestId]);
    return (
        <List<T> pagination={<ListPagination />} {...listProps} actions={<RecordListActions create={create} exportable={exportable} extra={extraActions} />} {...(create ? { empty: false } : {})} exporter={false}>
            <DataTable<T> rowClick={rowClick} bulkActionButtons={bulkActionButtons} body={body}>
                {children}
            </DataTable>
        </List>
    );
};
