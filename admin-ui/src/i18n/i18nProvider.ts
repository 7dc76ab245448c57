import polyglotI18nProvider from 'ra-i18n-polyglot';

import en from './en';
import zh from './zh';

const polyglot = polyglotI18nProvider(
    locale => (locale === 'en' ? en : zh),
    'zh-CN',
    [
        { locale: 'zh-CN', name: '简体中文' },
        { locale: 'en', name: 'English' },
    ]
);

// The page's lang follows the language chosen, so a screen reader reads it in that language
// (WCAG 2.1 3.1.1; index.html starts in zh-CN).
export const i18nProvider = {
    ...polyglot,
    changeLocale: (locale: string, options?: unknown) => {
        document.documentElement.lang = locale;
        return polyglot.changeLocale(locale, options);
    },
};
