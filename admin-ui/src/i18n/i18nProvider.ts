import polyglotI18nProvider from 'ra-i18n-polyglot';

import en from './en';
import zh from './zh';

export const i18nProvider = polyglotI18nProvider(
    locale => (locale === 'en' ? en : zh),
    'zh-CN',
    [
        { locale: 'zh-CN', name: '简体中文' },
        { locale: 'en', name: 'English' },
    ]
);
