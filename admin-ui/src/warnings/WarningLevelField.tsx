import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { AA_CHIPS, type ChipColours } from '../chipColours';
import type { WarningLevel } from '../types';

/**
 * The colours of the four warning levels (红橙黄蓝, as in national emergency warnings). Fixed colours
 * rather than the theme's: "warning" is orange in MUI and there is no yellow, and the colour is the
 * level's meaning; the chips' contrast-checked shades (WCAG 2.1 AA).
 */
const COLORS: Record<WarningLevel, ChipColours> = {
    red: AA_CHIPS.red,
    orange: AA_CHIPS.orange,
    yellow: AA_CHIPS.amber,
    blue: AA_CHIPS.blue,
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
            sx={colors ? { ...colors, fontWeight: 'medium' } : undefined}
        />
    );
};
