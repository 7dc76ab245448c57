import { Edit } from 'react-admin';

import { MeasureForm } from './MeasureForm';
import { useSaveMeasure } from './useSaveMeasure';

/** A measure changed; notices already sent keep the measures they were sent with (the API's rule). */
export const MeasureEdit = () => {
    const save = useSaveMeasure('update');
    return (
        <Edit mutationMode="pessimistic">
            <MeasureForm isEdit onSubmit={save} />
        </Edit>
    );
};
