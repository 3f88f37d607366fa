// Spans counted back from the publication date: "two years ago", "three months earlier", "yesterday", "last week".
import { parseCardinal } from '../quantity.js';
import type { Atom } from './atom.js';
import { addMonths, shiftIsoDate } from './calendar.js';
import { dayPeriod, monthPeriod, yearPeriod, type ParsedPeriod } from './intervals.js';
import { unresolvable } from './period-errors.js';
import { quarterPeriod } from './quarters-and-halves.js';
import { publication, publicationMonth, type Resolver } from './resolver.js';

/** The publication day, for counting days and weeks; a publication date known only to the month cannot be. */
function publicationDay(r: Resolver, text: string): string {
  const { year, month, day } = publication(r, text);
  if (month === undefined || day === undefined) throw unresolvable(r.text, `"${text}" counts days from the publication day, which is not known`);
  return dayPeriod(year, month, day).start!;
}

/** Monday to Sunday around an ISO day: the calendar week a date falls in. */
function calendarWeek(iso: string): ParsedPeriod {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const monday = shiftIsoDate(iso, -weekday);
  return { label: `week of ${monday}`, start: monday, end: shiftIsoDate(monday, 6), precision: 'DAY' };
}

/**
 * "two years ago", "three months earlier", "a quarter before", "90 days ago": the calendar span of that unit that
 * holds the day so many units before publication ("two years ago" in July 2024 is 2022, "a month ago" June 2024).
 * Said beside another date ("up from $15 million a year earlier"), the article may count from that date instead;
 * from publication it lands in the same or the next span, so the reading stays close.
 */
export const readAgoAtom: Atom = (text, r) => {
  const match = /^(.+?)\s+(day|week|month|quarter|year)s?\s+(?:ago|earlier|before|previously|prior)$/.exec(text);
  const count = match?.[1] === undefined ? null : parseCardinal(match[1]);
  if (!match || count === null || !Number.isInteger(count) || count <= 0) return null;
  switch (match[2]) {
    case 'year':
      return yearPeriod(publication(r, text).year - count);
    case 'quarter':
    case 'month': {
      const published = publicationMonth(r, text);
      const back = addMonths(published.year, published.month, -count * (match[2] === 'quarter' ? 3 : 1));
      return match[2] === 'month' ? monthPeriod(back.year, back.month) : quarterPeriod(Math.ceil(back.month / 3), { year: back.year, label: String(back.year) });
    }
    case 'week':
      return calendarWeek(shiftIsoDate(publicationDay(r, text), -7 * count));
    default: {
      const day = shiftIsoDate(publicationDay(r, text), -count);
      return { label: day, start: day, end: day, precision: 'DAY' };
    }
  }
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "on Tuesday", "last Friday": news tells of the days just past, so a weekday is the latest one on or before the
 * publication day ("last" one strictly before it).
 */
function weekdayBefore(published: string, weekday: number, strictly: boolean): string {
  const back = (new Date(`${published}T00:00:00Z`).getUTCDay() - weekday + 7) % 7;
  return shiftIsoDate(published, -(back === 0 && strictly ? 7 : back));
}

/** "yesterday", "on Tuesday", "last week" and "this week" (calendar weeks, Monday to Sunday), from the publication day. */
export const readNearDayAtom: Atom = (text, r) => {
  if (text === 'yesterday') {
    const day = shiftIsoDate(publicationDay(r, text), -1);
    return { label: day, start: day, end: day, precision: 'DAY' };
  }
  const weekday = /^(last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(text);
  if (weekday) {
    const day = weekdayBefore(publicationDay(r, text), WEEKDAYS.indexOf(weekday[2]!), weekday[1] !== undefined);
    return { label: day, start: day, end: day, precision: 'DAY' };
  }
  // "the past week" is the trailing seven days (readTrailingAtom); "last week" the calendar week before this one.
  const week = /^(last|this|the previous|previous|next|the coming|the next)\s+week$/.exec(text);
  if (!week) return null;
  const step = /last|previous/.test(week[1]!) ? -1 : /next|coming/.test(week[1]!) ? 1 : 0;
  return calendarWeek(shiftIsoDate(publicationDay(r, text), 7 * step));
};
