import InventoryIcon from '@mui/icons-material/Inventory';

import { RecordCreate } from './RecordCreate';
import { CollectedRecordList } from './RecordList';

/** 归集记录: the collected records of a department, and the online entry form (在线录入). */
export default {
    list: CollectedRecordList,
    create: RecordCreate,
    icon: InventoryIcon,
    recordRepresentation: 'key',
};
