// Working-day arithmetic on the official calendar (RULES.md "Working days"): public holidays are
// skipped and adjusted working days (调休上班日) count (行政许可法 Art. 82; 行政处罚法 Art. 85).
//
// The official notices come from the chinese-days package, read from its published data file rather
// than through isWorkday(): the package builds its lookup keys at load time by parsing dates as UTC
// midnight and formatting them with local-time getters, so west of UTC every holiday and adjusted
// working day lands on the previous date. The data file was generated when the package was built.
import officialCalendar from 'chinese-days/dist/chinese-days.json';

/** A district-specific change to the official calendar, or next year's notice before the package has it. */
export interface CalendarOverride {
  date: string /* YYYY-MM-DD */;
  workingDay: boolean;
  note?: string;
}

const OFFICIAL_HOLIDAYS: Readonly<Record<string, string>> = officialCalendar.holidays;
const OFFICIAL_WORKING_DAYS: Readonly<Record<string, string>> = officialCalendar.workdays;

const DAY_MS = 24 * 60 * 60 * 1000;
// Asia/Shanghai is UTC+8 all year: China has observed no daylight saving time since 1991.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

// A day number counts Shanghai calendar days since 1970-01-01, so day arithmetic is integer arithmetic.
function shanghaiDayNumber(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('invalid date');
  return Math.floor((time + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The Shanghai calendar date (`YYYY-MM-DD`) of an instant: "today" for dated rules such as list expiry. */
export function shanghaiDate(instant: Date): string {
  return new Date(shanghaiDayNumber(instant) * DAY_MS).toISOString().slice(0, 10);
}

/** The first instant of a Shanghai calendar date: a period "from 2026-01-01" starts then. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The first instant after a Shanghai calendar date (Shanghai keeps no summer time): `< it` is "until that day, inclusive". */
export function startOfShanghaiDayAfter(date: string): Date {
  return new Date(startOfShanghaiDay(date).getTime() + DAY_MS);
}

/** The last millisecond of a Shanghai calendar date: a period "until 2029-11-19" ends then. */
export function endOfShanghaiDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

function parseCalendarDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const dayNumber = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
    // Date.UTC rolls 2026-02-30 over to 2026-03-02; formatting back catches that.
    if (formatCalendarDate(dayNumber) === date) return dayNumber;
  }
  throw new RangeError(`'${date}' is not a calendar date in YYYY-MM-DD form`);
}

function formatCalendarDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export class WorkingDayCalendar {
  private readonly overrides = new Map<number, boolean>();
  /** Each day's answer once worked out: a page of tasks a year overdue asks about the same days again (bench/inbox.ts). */
  private readonly known = new Map<number, boolean>();

  constructor(overrides: CalendarOverride[] = []) {
    for (const override of overrides) {
      const dayNumber = parseCalendarDate(override.date);
      // Two entries for one day would make the answer depend on table order; refuse the table.
      if (this.overrides.has(dayNumber)) {
        throw new RangeError(`calendar override for ${override.date} is listed more than once`);
      }
      this.overrides.set(dayNumber, override.workingDay);
    }
  }

  /** Whether a Shanghai calendar date (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(parseCalendarDate(date));
  }

  /**
   * The deadline N working days after an event: the close (23:59:59.999 Shanghai time) of the Nth
   * working day strictly after the event's Shanghai date (RULES.md "Working days").
   */
  addWorkingDays(fromInstant: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 1) {
      throw new RangeError(`working days to add must be a positive integer, got ${n}`);
    }
    let dayNumber = shanghaiDayNumber(fromInstant);
    for (let remaining = n; remaining > 0; ) {
      dayNumber += 1;
      if (this.isWorkingDayNumber(dayNumber)) remaining -= 1;
    }
    return new Date((dayNumber + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
  }

  /**
   * Working days after fromInstant's Shanghai date up to and including toInstant's, so that
   * workingDaysBetween(t, addWorkingDays(t, n)) is n. Negative when toInstant's date is earlier.
   */
  workingDaysBetween(fromInstant: Date, toInstant: Date): number {
    const from = shanghaiDayNumber(fromInstant);
    const to = shanghaiDayNumber(toInstant);
    const [first, last, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let dayNumber = first + 1; dayNumber <= last; dayNumber++) {
      if (this.isWorkingDayNumber(dayNumber)) count += 1;
    }
    return sign * count;
  }

  private isWorkingDayNumber(dayNumber: number): boolean {
    let working = this.known.get(dayNumber);
    if (working === undefined) this.known.set(dayNumber, (working = this.workingByRule(dayNumber)));
    return working;
  }

  private workingByRule(dayNumber: number): boolean {
    const override = this.overrides.get(dayNumber);
    if (override !== undefined) return override;
    const date = formatCalendarDate(dayNumber);
    // Adjusted working days (调休上班日) fall on weekends, so they must win over the weekend rule below.
    if (OFFICIAL_WORKING_DAYS[date] !== undefined) return true;
    if (OFFICIAL_HOLIDAYS[date] !== undefined) return false;
    const weekday = new Date(dayNumber * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }
}

/**
 * The official calendar as chinese-days carries it, without district overrides. chinese-days 1.5.7
 * has the notices for 2004–2026; for a later year it knows only weekends, so next year's notice goes
 * into the override table until the package is updated.
 */
export const defaultCalendar = new WorkingDayCalendar();
