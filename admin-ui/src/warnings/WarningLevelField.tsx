import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import type { WarningLevel } from '../types';

/**
 * The colours of the four warning levels (红橙黄蓝, as in national emergency warnings). Fixed colours
 * rather than the theme's: "warning" is orange in MUI and there is no yellow, and the colour is the
 * level's meaning.
 */
const COLORS: Record<WarningLevel, { bg: string; fg: string }> = {
    red: { bg: '#d32f2f', fg: '#fff' },
    orange: { bg: '#ef6c00', fg: '#fff' },
    yellow: { bg: '#fbc02d', fg: 'rgba(0, 0, 0, 0.87)' },
    blue: { bg: '#1565c0', fg: '#fff' },
};

/** A warning level as a chip in its colour: of `level` when given, else of the record's `level`. */
export const WarningLevelField = ({ level }: { level?: WarningLevel; source?: string; label?: string }) => {
    const record = useRecordContext<{ level?: WarningLevel }>();
    const translate = useTranslate();
    const value = level ?? record?.level;
    if (!value) return null;
    const colors = COLORS[value];
    return (
        <Chip
            size="small"
            label={translate(`resources.warnings.levels.${value}`, { _: value })}
            data-testid="warning-level"
            data-level={value}
            sx={colors ? { bgcolor: colors.bg, color: colors.fg, fontWeight: 'medium' } : undefined}
        />
    );
};
