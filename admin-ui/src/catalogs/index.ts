import GavelIcon from '@mui/icons-material/Gavel';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import AssignmentIcon from '@mui/icons-material/Assignment';

import { CatalogCreate } from './CatalogCreate';
import { CatalogEdit } from './CatalogEdit';
import { CatalogList } from './CatalogList';
import { CatalogShow } from './CatalogShow';

const resource = { list: CatalogList, show: CatalogShow, create: CatalogCreate, edit: CatalogEdit, recordRepresentation: 'name' };

/** 事项清单 (F1): 行政许可事项, 行政处罚事项, 监管事项, three menu items of one shape. */
export const licenseCatalog = { ...resource, icon: AssignmentIcon };
export const penaltyCatalog = { ...resource, icon: GavelIcon };
export const checkCatalog = { ...resource, icon: FactCheckIcon };
