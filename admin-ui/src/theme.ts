import type { CheckboxProps } from '@mui/material';
import { grey } from '@mui/material/colors';
import { deepmerge } from '@mui/utils';
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

// react-admin's light theme with colours that keep text at 4.5:1 or more (WCAG 2.1 AA 1.4.3, GB/T 37668):
// its app bar (white on #2196f3) reads at 3.1:1 and its primary blue (#1976d2) at 4.0:1 on a filled
// input, MUI's warning orange and info blue under 4:1 on white. The chips' colours are in chipColours.ts.
/** The id of the app bar's hidden text that names every spinner. */
export const LOADING_LABEL_ID = 'loading-label';

export const theme: RaThemeOptions = deepmerge(defaultLightTheme, {
    palette: {
        primary: { main: '#1565c0' }, // 5.0:1 on a filled input's grey, 5.8:1 on white
        secondary: { light: '#5e92f3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' }, // the app bar: 8.6:1
        success: { main: '#1b5e20' },
        warning: { main: '#b45309' },
        error: { main: '#c62828' },
        info: { main: '#01579b' },
    },
    components: {
        // A spinner is a progressbar, which needs a name (4.1.2); react-admin's have none. The name is the
        // app bar's hidden "加载中" (AppBar.tsx), so it follows the language chosen.
        MuiCircularProgress: { defaultProps: { 'aria-labelledby': LOADING_LABEL_ID } },
        // A checkbox given an aria-label (react-admin's row selection) carries it on MUI's <span>, where it names
        // nothing and is not allowed, and leaves the <input> unnamed (4.1.2): the label goes to the input.
        // A list slower than a second shows react-admin's placeholder table, whose header and rows hold checkboxes
        // with no name, no handler and no state but unchecked; they stand for the list being loaded, and are named so.
        MuiCheckbox: {
            defaultProps: {
                slotProps: {
                    root: () => ({ 'aria-label': undefined }),
                    input: ({ inputProps, 'aria-label': label, onChange, onClick }: CheckboxProps) => ({
                        ...inputProps,
                        ...(label ? { 'aria-label': label } : {}),
                        ...(!label && !inputProps?.['aria-label'] && !onChange && !onClick ? { 'aria-labelledby': LOADING_LABEL_ID } : {}),
                    }),
                },
            },
        },
        // An empty list's message is in text.disabled grey (2.7:1); the secondary text colour reads at 5.5:1.
        RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } } },
        // Under a form's buttons: the default grey[300] leaves a text button in primary or error colour under 4.5:1.
        RaToolbar: { styleOverrides: { root: { backgroundColor: grey[100] } } },
    },
});
