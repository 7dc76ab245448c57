import type { TranslateFunction } from 'react-admin';

import type { StratumSpec } from '../types';

const stratumName = (key: string, translate: TranslateFunction) =>
    key === 'all' ? translate('resources.inspection-plans.strata.all_key') : key;

/**
 * The fields a drawn team lacks an outside party of, from the draw's shortfall (`no eligible expert in field food,
 * drugs`). The words are part of the published result, fixed by its hash, so they do not change under a draw.
 */
export const shortfallFields = (shortfall: string | undefined): string[] =>
    shortfall?.match(/ in field (.+)$/)?.[1].split(', ') ?? [];

/** A stratum's label: `全部`, or the risk class letter. */
export const stratumLabel = stratumName;

/** How much of each stratum is drawn, e.g. `A 5% · B 10% · C 30% · D 70%` or `全部 3 户`. */
export const strataSummary = (strata: StratumSpec[], translate: TranslateFunction): string =>
    strata
        .map(stratum =>
            stratum.count !== undefined
                ? translate('resources.inspection-plans.strata.summary_count', {
                      key: stratumName(stratum.key, translate),
                      count: stratum.count,
                  })
                : translate('resources.inspection-plans.strata.summary_ratio', {
                      key: stratumName(stratum.key, translate),
                      // 0.05 → 5, without 0.07 * 100 = 7.000000000000001.
                      percent: Number(((stratum.ratio ?? 0) * 100).toFixed(4)),
                  })
        )
        .join(' · ');
