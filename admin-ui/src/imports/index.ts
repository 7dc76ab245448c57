import UploadFileIcon from '@mui/icons-material/UploadFile';

import { ImportCreate } from './ImportCreate';
import { ImportList } from './ImportList';
import { ImportShow } from './ImportShow';

/** 导入: batch imports of collected records (归集) from a workbook or CSV, their progress, errors and review. */
export default {
    list: ImportList,
    create: ImportCreate,
    show: ImportShow,
    icon: UploadFileIcon,
    recordRepresentation: 'fileName',
};
