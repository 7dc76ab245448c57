import { DataTableBody, DataTableRow, useRecordContext, type DataTableBodyProps, type DataTableRowProps } from 'react-admin';

/**
 * A DataTable body whose rows carry `data-testid="<prefix>-<task id>"`, so a browser test
 * can find the row of a given task (e.g. `overdue-row-42`).
 */
export const withRowTestId = (prefix: string) => {
    const Row = (props: DataTableRowProps) => {
        const record = useRecordContext();
        return <DataTableRow {...props} data-testid={`${prefix}-${record?.id}`} />;
    };
    const Body = (props: DataTableBodyProps) => <DataTableBody {...props} row={Row} />;
    return Body;
};
