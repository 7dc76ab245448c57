import { WorkingDayCalendar, defaultCalendar } from './workingDays';

// Instants are written with their Shanghai offset; the close of a Shanghai day is 15:59:59.999Z.
const shanghai = (local: string) => new Date(`${local}+08:00`);
const closeOf = (date: string) => new Date(`${date}T15:59:59.999Z`);

function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

describe('working-day calendar', () => {
  describe('2026 official calendar (国务院办公厅 notice of 4 Nov 2025)', () => {
    const holidays = [
      ['元旦', '2026-01-01', '2026-01-03'],
      ['春节', '2026-02-15', '2026-02-23'],
      ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'],
      ['端午节', '2026-06-19', '2026-06-21'],
      ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07'],
    ];

    it.each(holidays)('treats every day of the %s holiday as non-working', (_, first, last) => {
      const working = datesBetween(first, last).filter((date) => defaultCalendar.isWorkingDay(date));
      expect(working).toEqual([]);
    });

    it.each(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])(
      'counts the adjusted working day %s although it falls on a weekend',
      (date) => {
        expect(new Date(`${date}T00:00:00Z`).getUTCDay() % 6).toBe(0);
        expect(defaultCalendar.isWorkingDay(date)).toBe(true);
      },
    );

    it('has exactly 248 working days', () => {
      const working = datesBetween('2026-01-01', '2026-12-31').filter((date) => defaultCalendar.isWorkingDay(date));
      expect(working).toHaveLength(248);
      expect(defaultCalendar.workingDaysBetween(shanghai('2025-12-31T12:00'), shanghai('2026-12-31T12:00'))).toBe(248);
    });

    it('treats an ordinary weekday as working and an ordinary weekend as not', () => {
      expect(defaultCalendar.isWorkingDay('2026-03-11')).toBe(true);
      expect(defaultCalendar.isWorkingDay('2026-03-14')).toBe(false);
      expect(defaultCalendar.isWorkingDay('2026-03-15')).toBe(false);
    });
  });

  describe('adding working days', () => {
    it('ends a deadline across 国庆 at the close of the Nth working day after the event', () => {
      // Wed 30 Sep; 1–7 Oct off; Thu 8 (1), Fri 9 (2), Sat 10 adjusted (3), Mon 12 (4), Tue 13 (5).
      expect(defaultCalendar.addWorkingDays(shanghai('2026-09-30T10:00'), 5)).toEqual(closeOf('2026-10-13'));
    });

    it('counts the adjusted Saturdays around 春节', () => {
      // Thu 12 Feb; Fri 13 (1), Sat 14 adjusted (2), 15–23 off, Tue 24 (3), Wed 25 (4), Thu 26 (5),
      // Fri 27 (6), Sat 28 adjusted (7), Mon 2 Mar (8), Tue 3 (9), Wed 4 (10).
      expect(defaultCalendar.addWorkingDays(shanghai('2026-02-12T09:00'), 10)).toEqual(closeOf('2026-03-04'));
    });

    it('starts counting on the day after the event even when the event is on a holiday', () => {
      // Sat 3 Jan is a holiday; Sun 4 Jan is an adjusted working day and counts as the first.
      expect(defaultCalendar.addWorkingDays(shanghai('2026-01-03T11:00'), 1)).toEqual(closeOf('2026-01-04'));
    });

    it('takes the date of an event at 23:30 on a Friday in Shanghai as that Friday', () => {
      expect(defaultCalendar.addWorkingDays(shanghai('2026-03-06T23:30'), 1)).toEqual(closeOf('2026-03-09'));
      expect(defaultCalendar.addWorkingDays(shanghai('2026-03-05T23:30'), 1)).toEqual(closeOf('2026-03-06'));
    });

    it('takes the date of an event at 00:30 on a Friday in Shanghai as Friday although it is Thursday in UTC', () => {
      const event = shanghai('2026-03-06T00:30');
      expect(event.getUTCDay()).toBe(4);
      expect(defaultCalendar.addWorkingDays(event, 1)).toEqual(closeOf('2026-03-09'));
    });

    it('ends the day at 23:59:59.999 Shanghai time', () => {
      expect(defaultCalendar.addWorkingDays(shanghai('2026-03-02T08:00'), 1).toISOString()).toBe(
        '2026-03-03T15:59:59.999Z',
      );
    });

    it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p working days', (n) => {
      expect(() => defaultCalendar.addWorkingDays(shanghai('2026-03-02T08:00'), n)).toThrow(RangeError);
    });

    it('refuses an invalid instant', () => {
      expect(() => defaultCalendar.addWorkingDays(new Date('not a date'), 1)).toThrow(RangeError);
    });
  });

  describe('counting working days between instants', () => {
    it('undoes adding working days', () => {
      const event = shanghai('2026-09-30T10:00');
      for (const n of [1, 3, 5, 10, 20]) {
        expect(defaultCalendar.workingDaysBetween(event, defaultCalendar.addWorkingDays(event, n))).toBe(n);
      }
    });

    it('counts nothing within one Shanghai day', () => {
      expect(defaultCalendar.workingDaysBetween(shanghai('2026-03-06T00:10'), shanghai('2026-03-06T23:50'))).toBe(0);
    });

    it('counts a Friday-night event to Monday morning as one working day', () => {
      expect(defaultCalendar.workingDaysBetween(shanghai('2026-03-06T23:30'), shanghai('2026-03-09T00:10'))).toBe(1);
    });

    it('is negative when the second instant is earlier', () => {
      expect(defaultCalendar.workingDaysBetween(shanghai('2026-10-13T09:00'), shanghai('2026-09-30T10:00'))).toBe(-5);
    });
  });

  describe('overrides', () => {
    it('shifts a deadline when an override makes a day non-working', () => {
      // Mon 2 Mar + 3 is Thu 5 Mar; closing Wed 4 Mar moves it to Fri 6 Mar.
      const event = shanghai('2026-03-02T10:00');
      expect(defaultCalendar.addWorkingDays(event, 3)).toEqual(closeOf('2026-03-05'));
      const calendar = new WorkingDayCalendar([{ date: '2026-03-04', workingDay: false, note: 'typhoon closure' }]);
      expect(calendar.isWorkingDay('2026-03-04')).toBe(false);
      expect(calendar.addWorkingDays(event, 3)).toEqual(closeOf('2026-03-06'));
    });

    it('shifts a deadline when an override makes a weekend day working', () => {
      // Fri 6 Mar + 1 is Mon 9 Mar; a working Saturday 7 Mar brings it forward.
      const calendar = new WorkingDayCalendar([{ date: '2026-03-07', workingDay: true }]);
      expect(calendar.addWorkingDays(shanghai('2026-03-06T10:00'), 1)).toEqual(closeOf('2026-03-07'));
    });

    it("takes next year's notice from overrides before the package carries it", () => {
      const calendar = new WorkingDayCalendar([{ date: '2027-01-01', workingDay: false, note: '元旦' }]);
      expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    });

    it('refuses a table listing one day twice', () => {
      expect(
        () =>
          new WorkingDayCalendar([
            { date: '2026-03-04', workingDay: false },
            { date: '2026-03-04', workingDay: true },
          ]),
      ).toThrow(RangeError);
    });

    it.each(['2026-02-30', '2026-3-4', '04/03/2026', ''])('refuses the malformed date %p', (date) => {
      expect(() => new WorkingDayCalendar([{ date, workingDay: false }])).toThrow(RangeError);
      expect(() => defaultCalendar.isWorkingDay(date)).toThrow(RangeError);
    });
  });
});
