/**
 * Dates with precision: build a {@link TimeValue} from a value, a precision and an optional part.
 *
 * Does: compute the earliest and latest day an expression can mean, check the value's shape, and
 * order time values. Does not: read text (date expressions are recognised in `src/extract/dates.ts`).
 */
import type { DatePart, Precision, TimeValue } from './types.js';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Make a time value. `makeTime('2023-06', 'month', 'mid')` is mid-June 2023 (11–20 June);
 * `makeTime('2023', 'year', 'late')` is the end of 2023 (September to December). Every field is
 * set, `part` and `bound` undefined when absent (JSON leaves them out): one object shape for all
 * time values keeps the code that reads them fast.
 * @throws RangeError when the value does not fit the precision or names no real date.
 */
export function makeTime(value: string, precision: Precision, part?: DatePart): TimeValue {
  if (precision === 'day') {
    const m = DAY_RE.exec(value);
    if (!m) throw new RangeError(`time value ${JSON.stringify(value)} is not YYYY-MM-DD (precision day)`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`no such day: ${value}`);
    if (part) throw new RangeError(`a day has no part (${part})`);
    return { value, precision, part: undefined, earliest: value, latest: value, bound: undefined };
  }
  if (precision === 'month') {
    const m = MONTH_RE.exec(value);
    if (!m) throw new RangeError(`time value ${JSON.stringify(value)} is not YYYY-MM (precision month)`);
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) throw new RangeError(`no such month: ${value}`);
    const last = daysInMonth(y, mo);
    const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, last] : [1, last];
    return { value, precision, part, earliest: `${value}-${pad(from)}`, latest: `${value}-${pad(to)}`, bound: undefined };
  }
  const m = YEAR_RE.exec(value);
  if (!m) throw new RangeError(`time value ${JSON.stringify(value)} is not YYYY (precision year)`);
  const [from, to] = part === 'early' ? ['01-01', '04-30'] : part === 'mid' ? ['05-01', '08-31'] : part === 'late' ? ['09-01', '12-31'] : ['01-01', '12-31'];
  return { value, precision, part, earliest: `${value}-${from}`, latest: `${value}-${to}`, bound: undefined };
}

/** Compare two time values by earliest day, then latest day (for timelines). */
export function compareTime(a: TimeValue, b: TimeValue): number {
  return a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : 0;
}

/** A short stable key: `2024-12-06`, `2023-03`, `2023-06-mid`, `2023-late`, `2024-12-06-or-before`. Used in IRIs. */
export function timeKey(t: TimeValue): string {
  return (t.part ? `${t.value}-${t.part}` : t.value) + (t.bound === 'upper' ? '-or-before' : '');
}

/** "On or before" a publication day: the time of something reported without a date of its own. */
export function upperBound(day: string): TimeValue {
  const t = makeTime(day, 'day');
  t.bound = 'upper';
  return t;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** English label: "6 December 2024", "March 2023", "mid-June 2023", "late 2023". */
export function timeLabel(t: TimeValue): string {
  const [y, mo, d] = t.value.split('-');
  if (t.precision === 'day') return `${t.bound === 'upper' ? 'on or before ' : ''}${Number(d)} ${MONTHS_EN[Number(mo) - 1]} ${y}`;
  const base = t.precision === 'month' ? `${MONTHS_EN[Number(mo) - 1]} ${y}` : y;
  return t.part ? `${t.part}-${base}` : base;
}
