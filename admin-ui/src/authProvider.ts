import type { AuthProvider } from 'react-admin';

import { apiFetch, errorStatus, postJson } from './api';
import type { Role, SessionUser } from './types';

/**
 * The session itself is an HttpOnly cookie the UI never sees; what the UI keeps is the
 * user it belongs to, fetched once and dropped at login, logout and on any 401.
 */
let currentSession: Promise<SessionUser | null> | undefined;

const fetchSessionUser = async (): Promise<SessionUser | null> => {
    try {
        const { user } = await apiFetch<{ user: SessionUser }>('/session');
        return user;
    } catch (error) {
        if (errorStatus(error) === 401) return null;
        throw error;
    }
};

const sessionUser = (): Promise<SessionUser | null> => {
    if (!currentSession) {
        const pending = fetchSessionUser();
        currentSession = pending;
        // A network failure is not an answer: ask again next time.
        pending.catch(() => {
            if (currentSession === pending) currentSession = undefined;
        });
    }
    return currentSession;
};

const forgetSession = () => {
    currentSession = undefined;
};

export const authProvider: AuthProvider = {
    login: async ({ username, password }: { username: string; password: string }) => {
        forgetSession();
        try {
            const { user } = await postJson<{ token: string; user: SessionUser }>('/session', {
                username,
                password,
            });
            currentSession = Promise.resolve(user);
        } catch (error) {
            // The login page shows the error's message. The two expected refusals get our own
            // words in the user's language; anything else shows the API's detail.
            const status = errorStatus(error);
            if (status === 401) throw new Error('ra.auth.sign_in_error');
            if (status === 429) throw new Error('zongjian.auth.too_many_attempts');
            throw error;
        }
    },

    logout: async () => {
        const user = await currentSession?.catch(() => null);
        forgetSession();
        // Only a live session has anything to end; after a 401 the server has ended it already.
        if (!user) return;
        try {
            await apiFetch('/session', { method: 'DELETE' });
        } catch {
            // Logging out of a session that has just expired is still logging out.
        }
    },

    checkAuth: async () => {
        if (!(await sessionUser())) throw new Error('ra.auth.auth_check_error');
    },

    checkError: async (error: unknown) => {
        const status = (error as { status?: number } | null)?.status;
        if (status === 401) {
            forgetSession();
            throw error;
        }
        // 403 means "not allowed to do this", not "logged out": the page shows the error instead.
    },

    getIdentity: async () => {
        const user = await sessionUser();
        if (!user) throw new Error('ra.auth.auth_check_error');
        return {
            id: user.id,
            fullName: `${user.displayName} · ${user.department.name}`,
            username: user.username,
            department: user.department,
        };
    },

    // Before login there is no one to have roles; react-admin asks again after login.
    getPermissions: async (): Promise<Role[]> => (await sessionUser())?.roles ?? [],
};
