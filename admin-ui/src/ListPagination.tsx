import { Alert } from '@mui/material';
import { Pagination, PaginationActions, useListContext, useTranslate, type PaginationActionsProps } from 'react-admin';

/** The page buttons named in the user's language: MUI names their navigation "pagination navigation" (WCAG 3.1.2). */
const NamedPaginationActions = (props: PaginationActionsProps) => {
    const translate = useTranslate();
    return <PaginationActions {...props} aria-label={translate('zongjian.pagination')} />;
};

/**
 * react-admin's pagination with its page buttons named in the user's language, and a notice when the API counted up
 * to its cap and there are more (`totalIsLowerBound`: the task lists and entity search past 1,000): the pages
 * go as far as the count, so the notice says to narrow the filters, and the range below the list reads "of more than
 * 1000", not "of 1000". `more` names the notice's text (count: the cap).
 */
export const ListPagination = ({ more = 'zongjian.moreThan', testId = 'list-capped' }: { more?: string; testId?: string }) => {
    const { meta, total } = useListContext();
    const translate = useTranslate();
    const capped = Boolean(meta?.totalIsLowerBound);
    const rangeOfMore = ({ from, to }: { from: number; to: number }) => translate('zongjian.pageRangeMore', { offsetBegin: from, offsetEnd: to, count: total });
    return (
        <>
            {capped && (
                <Alert severity="info" data-testid={testId} sx={{ mx: 2, mt: 1 }}>
                    {translate(more, { count: total, smart_count: total })}
                </Alert>
            )}
            <Pagination actions={NamedPaginationActions} {...(capped ? { labelDisplayedRows: rangeOfMore } : {})} />
        </>
    );
};
