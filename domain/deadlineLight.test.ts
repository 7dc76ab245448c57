import { deadlineLight, dueSoonWorkingDays, yellowUntil } from './deadlineLight';
import { WorkingDayCalendar, defaultCalendar } from './workingDays';

const shanghai = (local: string) => new Date(`${local}+08:00`);
const closeOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

describe('deadline light', () => {
  describe('working days left on the 2026 calendar', () => {
    // Wed 30 Sep; 1–7 Oct 国庆 off; Thu 8, Fri 9, Sat 10 adjusted working day, Sun 11 off, Mon 12.
    const now = shanghai('2026-09-30T10:00');

    it('counts only working days across 国庆节 and a weekend', () => {
      expect(deadlineLight(defaultCalendar, closeOf('2026-10-12'), now, 2)).toEqual({ workingDaysLeft: 4, light: 'green' });
      expect(deadlineLight(defaultCalendar, closeOf('2026-10-09'), now, 2)).toEqual({ workingDaysLeft: 2, light: 'yellow' });
      expect(deadlineLight(defaultCalendar, closeOf('2026-10-10'), now, 2)).toEqual({ workingDaysLeft: 3, light: 'green' });
    });

    it('says 0 on the due day and yellow even when N is 0', () => {
      expect(deadlineLight(defaultCalendar, closeOf('2026-09-30'), now, 0)).toEqual({ workingDaysLeft: 0, light: 'yellow' });
    });

    it('counts overdue working days as negative and lights red', () => {
      // Due Thu 24 Sep; Fri 25–Sun 27 are 中秋: Mon 28, Tue 29, Wed 30 are the working days overdue.
      expect(deadlineLight(defaultCalendar, closeOf('2026-09-24'), now, 2)).toEqual({ workingDaysLeft: -3, light: 'red' });
      // Overdue on the holiday after its due day: still overdue by one, never by zero.
      expect(deadlineLight(defaultCalendar, closeOf('2026-09-30'), shanghai('2026-10-02T09:00'), 2)).toEqual({ workingDaysLeft: -1, light: 'red' });
    });

    it('follows a calendar override: a district rest day turns 9 Oct off', () => {
      const district = new WorkingDayCalendar([{ date: '2026-10-09', workingDay: false }]);
      expect(deadlineLight(district, closeOf('2026-10-12'), now, 2)).toEqual({ workingDaysLeft: 3, light: 'green' });
      expect(deadlineLight(district, closeOf('2026-10-10'), now, 2)).toEqual({ workingDaysLeft: 2, light: 'yellow' });
    });
  });

  describe('the yellow boundary as a due-time range', () => {
    it('is the start of the (N+1)th working day: every earlier due day is yellow, that day green', () => {
      const now = shanghai('2026-09-30T10:00');
      const until = yellowUntil(defaultCalendar, now, 2);
      expect(until).toEqual(shanghai('2026-10-10T00:00'));
      for (const day of ['2026-09-30', '2026-10-03', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']) {
        const { light } = deadlineLight(defaultCalendar, closeOf(day), now, 2);
        expect(light === 'yellow').toBe(closeOf(day) < until);
      }
    });
  });

  it('takes N per task type, falling back to the default', () => {
    const policy = { workingDays: 2, byType: { licenseDecision: 5 } };
    expect(dueSoonWorkingDays(policy, 'licenseDecision')).toBe(5);
    expect(dueSoonWorkingDays(policy, 'receipt')).toBe(2);
  });
});
