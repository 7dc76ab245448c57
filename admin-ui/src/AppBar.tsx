import { AppBar as RaAppBar, UserMenu, useGetIdentity, useTranslate } from 'react-admin';

// The user menu's button shows the person's name; its accessible name must contain that name
// (WCAG 2.1 2.5.3 Label in Name), where react-admin's default is "个人信息" alone.
const NamedUserMenu = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const menu = translate('ra.auth.user_menu');
    return <UserMenu label={identity?.fullName ? `${menu} ${identity.fullName}` : 'ra.auth.user_menu'} />;
};

export const AppBar = () => <RaAppBar userMenu={<NamedUserMenu />} />;
