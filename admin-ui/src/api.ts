import { HttpError } from 'react-admin';

import { i18nProvider } from './i18n/i18nProvider';
import type { Problem } from './types';

const API_ROOT = '/api/v1';

/**
 * Calls the API on the page's own origin, where the HttpOnly session cookie lives.
 * A failed call becomes an HttpError whose message is the problem's code translated into the user's
 * language (problemMessage), which is what react-admin and our notifications show to the user.
 */
export const apiFetch = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json, application/problem+json');
    // JSON unless the caller says what it sends (an evidence file goes as itself); form data's type and boundary
    // are the browser's to write.
    if (init.body !== undefined && !(init.body instanceof FormData) && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    const response = await fetch(`${API_ROOT}${path}`, {
        ...init,
        headers,
        credentials: 'same-origin',
    });
    const body = await readJson(response);
    if (!response.ok) {
        const problem: Problem = isObject(body) ? body : {};
        throw new HttpError(problemMessage(problem, response.status), response.status, problem);
    }
    return body as T;
};

export const postJson = <T>(path: string, payload?: unknown): Promise<T> =>
    apiFetch<T>(path, {
        method: 'POST',
        body: payload === undefined ? undefined : JSON.stringify(payload),
    });

/** The stable code a problem's `type` ends in (api/errors.ts), e.g. …/problems/own-plan-approval. */
const problemCode = (problem: Problem): string | undefined => problem.type?.split('/').pop() || undefined;

const translate = (key: string, args: Record<string, unknown>): string => i18nProvider.translate(key, args);

/**
 * A problem in the user's language: the translation of its code with its params; a code the UI does not
 * know yet falls back to what its status means, never to the server's English `detail`.
 */
export const problemMessage = (problem: Problem, status: number): string => {
    const byStatus = translate(`errors.status.${status}`, { _: translate('ra.notification.http_error', {}) });
    const code = problemCode(problem);
    return code ? translate(`errors.${code}`, { ...(problem.params ?? {}), _: byStatus }) : byStatus;
};

/** One field's error in the user's language: the rule it broke (validation codes), else the problem's own code. */
export const fieldMessage = (error: { code?: string; params?: Record<string, string | number> }): string => {
    const fallback = translate('errors.field.invalid', {});
    if (!error.code) return fallback;
    const byProblem = translate(`errors.${error.code}`, { ...(error.params ?? {}), _: fallback });
    return translate(`errors.field.${error.code}`, { ...(error.params ?? {}), _: byProblem });
};

/** The text to show for a failed call: the problem translated when the API sent one. */
export const errorDetail = (error: unknown): string =>
    error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

export const errorStatus = (error: unknown): number | undefined =>
    error instanceof HttpError ? error.status : undefined;

/**
 * The problem's `errors[]` as `{ field: message }`, which a react-admin form's `onSubmit` may return to
 * show each message on its input. Only fields the form has are kept (`fields`); the rest are in `detail`.
 */
export const fieldErrorsOf = (error: unknown, fields: readonly string[]): Record<string, string> => {
    const problem = error instanceof HttpError ? (error.body as Problem | undefined) : undefined;
    const byField: Record<string, string> = {};
    for (const fieldError of problem?.errors ?? []) {
        const { field } = fieldError;
        if (!fields.includes(field)) continue;
        const message = fieldMessage(fieldError);
        byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
    }
    return byField;
};

// A proxy or a crashed server may answer with an empty or an HTML body.
const readJson = async (response: Response): Promise<unknown> => {
    const text = await response.text();
    if (!text) return undefined;
    try {
        return JSON.parse(text);
    } catch {
        return undefined;
    }
};

const isObject = (value: unknown): value is Problem =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
