import KeyIcon from '@mui/icons-material/Key';

import { ApiKeyList } from './ApiKeyList';

/** 接口密钥: the external systems' API keys, for the administrator to read and revoke. */
export default {
    list: ApiKeyList,
    icon: KeyIcon,
    recordRepresentation: 'system',
};
