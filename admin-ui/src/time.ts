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
