import { Pagination, PaginationActions, useTranslate, type PaginationActionsProps } from 'react-admin';

/** The page buttons named in the user's language: MUI names their navigation "pagination navigation" (WCAG 3.1.2). */
const NamedPaginationActions = (props: PaginationActionsProps) => {
    const translate = useTranslate();
    return <PaginationActions {...props} aria-label={translate('zongjian.pagination')} />;
};

/** react-admin's pagination with its page buttons named in the user's language. */
export const ListPagination = () => <Pagination actions={NamedPaginationActions} />;
