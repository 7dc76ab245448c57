import CampaignIcon from '@mui/icons-material/Campaign';
import { ListItemIcon, MenuItem } from '@mui/material';
import { Layout, Menu, useSidebarState, useTranslate, type LayoutProps } from 'react-admin';

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

/** The resources' menu items, then the link to the public page. */
export const AppMenu = () => (
    <Menu>
        <Menu.ResourceItems />
        <PublicationItem />
    </Menu>
);

export const AppLayout = ({ children }: LayoutProps) => <Layout menu={AppMenu}>{children}</Layout>;
