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

/**
 * A period of days [from, to] (YYYY-MM-DD, both included) as the whole months within it (null when none) and the
 * days before and after them, each a [from, to] of its own: what tallies per month can count, and what is read live.
 */
export function splitIntoMonths(from: string, to: string): { whole: { first: string; last: string } | null; edges: Array<{ from: string; to: string }> } {
  const first = from.endsWith('-01') ? from.slice(0, 7) : addMonths(from.slice(0, 7), 1);
  const last = to === lastDayOfMonth(to.slice(0, 7)) ? to.slice(0, 7) : addMonths(to.slice(0, 7), -1);
  if (first > last) return { whole: null, edges: from <= to ? [{ from, to }] : [] };
  const edges: Array<{ from: string; to: string }> = [];
  if (from < `${first}-01`) edges.push({ from, to: lastDayOfMonth(addMonths(first, -1)) });
  if (to > lastDayOfMonth(last)) edges.push({ from: `${addMonths(last, 1)}-01`, to });
  return { whole: { first, last }, edges };
}
