import { LinearProgress, type LinearProgressProps } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A part of the page still loading: a progress bar named for screen readers (WCAG 2.1 4.1.2, axe aria-progressbar-name). */
export const LoadingBar = (props: LinearProgressProps) => {
    const translate = useTranslate();
    return <LinearProgress aria-label={translate('ra.page.loading')} {...props} />;
};
