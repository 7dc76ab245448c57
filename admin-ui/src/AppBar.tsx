import { Box } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { AppBar as RaAppBar, UserMenu, useGetIdentity, useTranslate } from 'react-admin';

import { LOADING_LABEL_ID } from './theme';

// The app bar as react-admin draws it, with the accessible names WCAG 2.1 asks for.

// The user menu's button shows the person's name; its accessible name must contain that name
// (2.5.3 Label in Name), where react-admin's default is "个人信息" alone.
const NamedUserMenu = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const menu = translate('ra.auth.user_menu');
    return <UserMenu label={identity?.fullName ? `${menu} ${identity.fullName}` : 'ra.auth.user_menu'} />;
};

export const AppBar = () => {
    const translate = useTranslate();
    return (
        <>
            <RaAppBar userMenu={<NamedUserMenu />} />
            {/* Names every spinner of the page (theme.ts). */}
            <Box component="span" id={LOADING_LABEL_ID} sx={visuallyHidden}>
                {translate('ra.page.loading')}
            </Box>
        </>
    );
};
