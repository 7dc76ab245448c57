// Periods in SQL: the months between two dates, and one GROUP BY counting each period (the statistics of
// api/statistics, the efficiency board's trends, the task tallies of db/taskTallies.ts).

/** The months (YYYY-MM) from `from`'s to `to`'s, at most `max` (a chart's 36 by default). */
export function monthsOf(from: string, to: string, max = 36): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  while (out.length < max) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/**
 * A CASE expression numbering the period (month, week) a value falls in, given each period's first bound as a
 * parameter, so one GROUP BY counts every period. One period is ABS(0): a bare 0 in a GROUP BY would name the
 * select list's column 0 (an error on both databases).
 */
export function periodBuckets(column: string, periods: string[], bound: (period: string) => unknown): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const whens = periods.slice(1).map((m, i) => {
    params.push(bound(m));
    return `WHEN ${column} < ? THEN ${i}`;
  });
  return { sql: whens.length ? `CASE ${whens.join(' ')} ELSE ${periods.length - 1} END` : 'ABS(0)', params };
}

/** The month (YYYY-MM) `n` months after `month` (before it when negative). */
export function addMonths(month: string, n: number): string {
  const k = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The last day (YYYY-MM-DD) of a month (YYYY-MM). */
export function lastDayOfMonth(month: string): string {
  return `${month}-${String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;
}
