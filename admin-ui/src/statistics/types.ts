import type { components } from '../api/schema';

export type Statistic = components['schemas']['Statistic'];
export type StatisticSection = components['schemas']['StatisticSection'];
export type StatisticName = Statistic['name'];
export const STATISTIC_NAMES: StatisticName[] = ['entities', 'registrations', 'dualNotification', 'spotChecks', 'cases', 'credit', 'warnings', 'hotSpots'];
