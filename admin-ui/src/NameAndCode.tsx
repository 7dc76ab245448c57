import { Typography } from '@mui/material';

/** A market entity's name, with its unified social credit code underneath (a list's cell). */
export const NameAndCode = ({ name, code }: { name: string; code: string }) => (
    <>
        <Typography variant="body2">{name}</Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
            {code}
        </Typography>
    </>
);
