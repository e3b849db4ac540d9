// Calendar days in the learner's own time zone: a "day" for limits, streaks and charts.
const DAY_MS = 86_400_000;

export function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

export function addDays(dayStart: number, days: number): number {
  // Through the calendar, not +24 h, so a daylight-saving change does not shift the day.
  const date = new Date(dayStart);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

export function daysBetween(fromDayStart: number, toDayStart: number): number {
  return Math.round((toDayStart - fromDayStart) / DAY_MS);
}
