import { useDataProvider, useNotify, useRedirect } from 'react-admin';

import { useApiSubmit } from '../forms';
import type { PunishmentMeasure } from '../types';
import { MEASURE_FIELDS } from './MeasureForm';

const M = 'resources.punishment-measures';

/**
 * Saves a measure, new or changed, and goes back to the catalog. A refusal is notified with the API's
 * detail (403: a supervisor of another department; 409: the code is taken), and its field errors are
 * returned for the form to show on the inputs.
 */
export const useSaveMeasure = (mode: 'create' | 'update') => {
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const redirect = useRedirect();

    return useApiSubmit<PunishmentMeasure>(
        async measure => {
            if (mode === 'create') {
                await dataProvider.create('punishment-measures', { data: measure });
            } else {
                await dataProvider.update('punishment-measures', { id: measure.code, data: measure, previousData: measure });
            }
            notify(`${M}.notifications.${mode === 'create' ? 'created' : 'updated'}`, { type: 'success' });
            redirect('list', 'punishment-measures');
        },
        `${M}.notifications.save_failed`,
        MEASURE_FIELDS
    );
};
