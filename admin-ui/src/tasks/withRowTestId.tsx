import { useLayoutEffect, useRef } from 'react';
import { DataTableBody, DataTableRow, useRecordContext, type DataTableBodyProps, type DataTableRowProps } from 'react-admin';

/**
 * react-admin puts a row's select checkbox label ("选择此行") on the checkbox's span, where assistive
 * technology ignores it (axe: aria-prohibited-attr, label); it belongs on the input itself.
 */
const labelSelectCheckbox = (row: HTMLTableRowElement | null) => {
    const box = row?.querySelector<HTMLElement>('.select-item[aria-label]');
    const input = box?.querySelector('input');
    if (!box || !input) return;
    input.setAttribute('aria-label', box.getAttribute('aria-label')!);
    box.removeAttribute('aria-label');
};

/**
 * A DataTable body whose rows carry `data-testid="<prefix>-<task id>"`, so a browser test
 * can find the row of a given task (e.g. `overdue-row-42`).
 */
export const withRowTestId = (prefix: string) => {
    const Row = (props: DataTableRowProps) => {
        const record = useRecordContext();
        const ref = useRef<HTMLTableRowElement>(null);
        useLayoutEffect(() => labelSelectCheckbox(ref.current));
        return <DataTableRow {...props} ref={ref} data-testid={`${prefix}-${record?.id}`} />;
    };
    const Body = (props: DataTableBodyProps) => <DataTableBody {...props} row={Row} />;
    return Body;
};
