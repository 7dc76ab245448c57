import HistoryEduIcon from '@mui/icons-material/HistoryEdu';

import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

/** 审计日志: the auditor's list of every action's trace, an entry's page, the chain's verification. */
export default {
    list: AuditLogList,
    show: AuditLogShow,
    icon: HistoryEduIcon,
};
