import { SaveButton, Toolbar, useNotify, useTranslate } from 'react-admin';

import { errorDetail, fieldErrorsOf } from './api';

/**
 * A create or edit form's `onSubmit` that sends through the API. `save` sends the values and, done,
 * says so and goes on (it notifies and redirects). A refusal is notified as `failed`, a message key with
 * the API's `%{detail}`; its field errors (problem+json `errors[].field`, of the form's `fields` only)
 * are returned for react-admin's form to show on the inputs.
 */
export const useApiSubmit = <V,>(save: (values: V) => Promise<void>, failed: string, fields: readonly string[]) => {
    const notify = useNotify();
    const translate = useTranslate();
    return async (values: Partial<V>) => {
        try {
            await save(values as V);
            return undefined;
        } catch (error) {
            const detail = errorDetail(error);
            notify(failed, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
            const byField = fieldErrorsOf(error, fields);
            return Object.keys(byField).length ? byField : undefined;
        }
    };
};

/** A form's footer with Save alone, for records that are never deleted. */
export const SaveOnlyToolbar = () => (
    <Toolbar>
        <SaveButton />
    </Toolbar>
);
