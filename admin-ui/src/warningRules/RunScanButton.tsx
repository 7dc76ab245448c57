import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, usePermissions, useTranslate } from 'react-admin';

import { errorDetail } from '../api';
import type { ZongjianDataProvider } from '../dataProvider';
import { canSupervise } from '../permissions';

const R = 'resources.warning-rules';

/**
 * 立即扫描: runs every enabled rule now, besides the daily schedule, and says how many warnings it
 * raised (a fact already warned about is not raised again). `onRan` receives that number.
 */
export const RunScanButton = ({ onRan }: { onRan: (raised: number) => void }) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const notify = useNotify();
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const [isPending, setPending] = useState(false);
    if (!canSupervise(permissions)) return null;

    const run = async () => {
        setPending(true);
        try {
            const { data } = await dataProvider.runWarningScan();
            notify(`${R}.notifications.ran`, { type: 'success', messageArgs: { smart_count: data.raised } });
            onRan(data.raised);
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${R}.notifications.run_failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
        } finally {
            setPending(false);
        }
    };

    return (
        <Button label={`${R}.action.run`} onClick={() => void run()} disabled={isPending} data-testid="run-warning-scan">
            <PlayArrowIcon />
        </Button>
    );
};
