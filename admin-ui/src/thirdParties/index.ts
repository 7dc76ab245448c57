import ScienceIcon from '@mui/icons-material/Science';

import { ThirdPartyCreate, ThirdPartyEdit } from './ThirdPartyForm';
import { ThirdPartyList } from './ThirdPartyList';

/** 第三方机构: testing, appraisal and inspection bodies (监管资源, F2). */
export default {
    list: ThirdPartyList,
    create: ThirdPartyCreate,
    edit: ThirdPartyEdit,
    icon: ScienceIcon,
    recordRepresentation: 'name',
};
