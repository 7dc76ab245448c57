import { Admin, Resource } from 'react-admin';

import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import departments from './departments';
import { i18nProvider } from './i18n/i18nProvider';
import overdue from './overdue';
import { canSupervise } from './permissions';
import queue from './queue';
import tasks from './tasks';

// The first resource is the landing page: 我的待办.
const App = () => (
    <Admin
        title="综监"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        requireAuth
        disableTelemetry
    >
        {permissions => (
            <>
                <Resource name="tasks" {...tasks} />
                <Resource name="queue" {...queue} />
                {canSupervise(permissions) && <Resource name="overdue" {...overdue} />}
                <Resource name="departments" {...departments} />
            </>
        )}
    </Admin>
);

export default App;
