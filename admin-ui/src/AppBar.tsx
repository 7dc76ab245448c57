import type { ComponentProps } from 'react';
import {
    AppBar as RaAppBar,
    LoadingIndicator,
    LocalesMenuButton,
    UserMenu,
    useGetIdentity,
    useTranslate,
} from 'react-admin';

// The app bar as react-admin draws it, with the accessible names WCAG 2.1 asks for.

// The user menu's button shows the person's name; its accessible name must contain that name
// (2.5.3 Label in Name), where react-admin's default is "个人信息" alone.
const NamedUserMenu = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const menu = translate('ra.auth.user_menu');
    return <UserMenu label={identity?.fullName ? `${menu} ${identity.fullName}` : 'ra.auth.user_menu'} />;
};

// The spinner shown while data loads is a progressbar, which needs a name (4.1.2); react-admin's has none.
// LoadingIndicator hands its other props to the spinner.
const Toolbar = () => {
    const translate = useTranslate();
    const spinnerName = { 'aria-label': translate('ra.page.loading') } as ComponentProps<typeof LoadingIndicator>;
    return (
        <>
            <LocalesMenuButton />
            <LoadingIndicator {...spinnerName} />
        </>
    );
};

export const AppBar = () => <RaAppBar userMenu={<NamedUserMenu />} toolbar={<Toolbar />} />;
