import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import { Card, CardContent, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { AddSavedQueryDialog, Button, extractValidSavedQueries, useListContext, useSavedQueries, useTranslate } from 'react-admin';

// Filter values are built by the same list each time, so their JSON compares them.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The task lists' saved views: react-admin's saved queries (kept per list in its Store, in the browser), which
 * the filter button's "save current query" also writes; one click reopens a view. Written over react-admin's
 * hooks rather than its <SavedQueriesList>, whose save button sits inside its <ul> (axe: list).
 */
export const SavedViews = () => {
    const translate = useTranslate();
    const { resource, filterValues, displayedFilters, sort, perPage, setFilters, setSort, setPerPage } = useListContext();
    const [savedQueries] = useSavedQueries(resource);
    const views = extractValidSavedQueries(savedQueries);
    const [adding, setAdding] = useState(false);
    const current = { filter: filterValues, sort, perPage, displayedFilters };
    const currentSaved = views.some(view => same(view.value, current));

    return (
        <Card sx={{ order: 1, ml: 2, mt: 8, width: 220, flexShrink: 0, alignSelf: 'flex-start' }} data-testid="saved-views">
            <CardContent>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <BookmarkIcon fontSize="small" />
                    <Typography variant="subtitle2" component="h2">
                        {translate('ra.saved_queries.label')}
                    </Typography>
                </Stack>
                {views.length > 0 ? (
                    <List dense aria-label={translate('ra.saved_queries.label')}>
                        {views.map(view => (
                            <ListItem key={view.label} disablePadding>
                                <ListItemButton
                                    selected={same(view.value, current)}
                                    onClick={() => {
                                        if (view.value.sort) setSort(view.value.sort);
                                        if (view.value.perPage) setPerPage(view.value.perPage);
                                        setFilters(view.value.filter ?? {}, view.value.displayedFilters ?? {});
                                    }}
                                >
                                    <ListItemText primary={view.label} />
                                </ListItemButton>
                            </ListItem>
                        ))}
                    </List>
                ) : (
                    <Typography variant="body2" sx={{ color: 'text.secondary', my: 1 }}>
                        {translate('ra.saved_queries.help')}
                    </Typography>
                )}
                {!currentSaved && (
                    <Button label="ra.saved_queries.new_label" onClick={() => setAdding(true)} data-testid="save-view" />
                )}
                <AddSavedQueryDialog open={adding} onClose={() => setAdding(false)} />
            </CardContent>
        </Card>
    );
};
