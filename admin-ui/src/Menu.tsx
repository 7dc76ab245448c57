import CampaignIcon from '@mui/icons-material/Campaign';
import { Box, ListItemIcon, MenuItem } from '@mui/material';
import {
    Layout,
    Menu,
    useGetResourceLabel,
    useResourceDefinitions,
    useSidebarState,
    useTranslate,
    type LayoutProps,
} from 'react-admin';

import { AppBar } from './AppBar';
import { useTaskCounts } from './tasks/useTaskCounts';
import type { TaskCounts } from './types';

/** 公示: the public page (`/public`, outside the admin app), in a new tab. */
const PublicationItem = () => {
    const translate = useTranslate();
    const [open] = useSidebarState();
    const label = translate('zongjian.menu.publication');
    return (
        <MenuItem
            component="a"
            href="/public"
            target="_blank"
            rel="noopener"
            title={open ? undefined : label}
            data-testid="menu-publication"
            sx={{ color: 'text.secondary' }}
        >
            <ListItemIcon sx={{ minWidth: 5 }}>
                <CampaignIcon fontSize="small" />
            </ListItemIcon>
            {open && label}
        </MenuItem>
    );
};

/** The task views whose menu item shows how many open tasks wait there. */
const COUNTED: Record<string, TaskCounts['capped'][number]> = { tasks: 'mine', queue: 'offered', overdue: 'overdue', 'due-soon': 'dueSoon' };

/** "我的待办 3": the label, then the count when there is any ("10000+" when the API stopped counting at its cap). */
const CountedLabel = ({ name, count, capped }: { name: string; count: number | undefined; capped: boolean }) => {
    const getResourceLabel = useGetResourceLabel();
    const translate = useTranslate();
    return (
        <>
            {getResourceLabel(name, 2)}
            {!!count && (
                <Box
                    component="span"
                    data-testid={`menu-count-${name}`}
                    title={translate(capped ? 'zongjian.menu.countMore' : 'zongjian.menu.count', { smart_count: count })}
                    sx={{ display: 'inline-block', ml: 1, px: 0.75, borderRadius: 1, bgcolor: 'action.selected', fontSize: '0.75rem', fontWeight: 600 }}
                >
                    {` ${count}${capped ? '+' : ''}`}
                </Box>
            )}
        </>
    );
};

/** The resources' menu items (the task views with their counts), then the link to the public page. */
export const AppMenu = () => {
    const resources = useResourceDefinitions();
    // Only those who work tasks have the views, and may ask for the counts.
    const counts = useTaskCounts('tasks' in resources);
    const translate = useTranslate();
    const [open] = useSidebarState();
    return (
        // Open, a long label (English: "Market entities / dossiers") wraps rather than ending in an ellipsis.
        <Menu sx={open ? { '& .MuiMenuItem-root, & .MuiMenuItem-root .MuiTypography-noWrap': { whiteSpace: 'normal' } } : undefined}>
            {Object.keys(resources)
                // A drill-down (options.menu false) is reached from its page, not from the menu.
                .filter(name => resources[name].hasList && resources[name].options?.menu !== false)
                .map(name =>
                    name in COUNTED ? (
                        <Menu.ResourceItem key={name} name={name} primaryText={<CountedLabel name={name} count={counts?.[COUNTED[name]]} capped={!!counts?.capped.includes(COUNTED[name])} />} />
                    ) : (
                        // A resource's own menu label (options.label), where its name alone would not say what the page is for.
                        <Menu.ResourceItem key={name} name={name} {...(resources[name].options?.label ? { primaryText: translate(resources[name].options.label) } : {})} />
                    ),
                )}
            <PublicationItem />
        </Menu>
    );
};

export const AppLayout = ({ children }: LayoutProps) => <Layout menu={AppMenu} appBar={AppBar}>{children}</Layout>;
