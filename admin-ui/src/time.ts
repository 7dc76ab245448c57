// Deadlines are Shanghai business deadlines: show them in Shanghai time whatever the browser's zone.
const shanghaiMinutes = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
});

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai, or '' for a missing or unreadable time. */
export const formatShanghaiTime = (iso: string | null | undefined): string => {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    const part = Object.fromEntries(
        shanghaiMinutes.formatToParts(date).map(({ type, value }) => [type, value])
    );
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
};

/**
 * A moment that may stand for a whole day: a fact known by its date only (a penalty's decision date, a registration
 * or listing date, a record's date) reaches the UI as the start of that Shanghai day, and showing `00:00` would claim
 * a time nobody recorded. Such an instant is shown as `YYYY-MM-DD`; any other as formatShanghaiTime does.
 */
export const formatShanghaiMoment = (iso: string | null | undefined): string => {
    const shown = formatShanghaiTime(iso);
    return shown.endsWith(' 00:00') && new Date(iso!).getTime() % 60_000 === 0 ? shown.slice(0, 10) : shown;
};

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Whole days and remaining whole hours since `dueAt`; zero when not yet due. */
export const overdueFor = (dueAt: string, now: number = Date.now()) => {
    const late = Math.max(0, now - new Date(dueAt).getTime());
    return { days: Math.floor(late / DAY), hours: Math.floor((late % DAY) / HOUR) };
};

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
});

/** Today in Asia/Shanghai as `YYYY-MM-DD` (en-CA formats dates that way). */
export const shanghaiToday = (now: Date = new Date()): string => shanghaiDay.format(now);

/**
 * A due-range filter's day as the API's instant: `from` the start of that Shanghai day, `to` the start of
 * the next (the API's `dueBefore` excludes it, so the day picked is included).
 */
export const shanghaiDayStart = (day: string, bound: 'from' | 'to'): string =>
    new Date(new Date(`${day}T00:00:00+08:00`).getTime() + (bound === 'to' ? DAY : 0)).toISOString();

/** The Shanghai day a due-range filter's instant stands for (the inverse of shanghaiDayStart). */
export const shanghaiDayOf = (iso: string, bound: 'from' | 'to'): string =>
    shanghaiDay.format(new Date(new Date(iso).getTime() - (bound === 'to' ? DAY : 0)));

const MONTH_ID = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A month row's label (its id YYYY-MM) in the reader's language: the server's Chinese words (2026年1月) in zh-CN,
 * the month as the locale writes it otherwise (Jan 2026). A row of anything else keeps the server's label.
 */
export const monthLabel = (locale: string, row: { id: string; label: string }): string =>
    locale === 'zh-CN' || !MONTH_ID.test(row.id)
        ? row.label
        : new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${row.id}-01T00:00:00Z`));
