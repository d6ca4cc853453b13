import { describe, expect, it } from 'vitest';
import { compareTime, makeTime, timeKey, timeLabel } from '../src/model/time.js';
import { parseCuratedTime } from '../src/model/curation.js';

describe('time values keep their precision', () => {
  it('mid-June 2023 is 11–20 June, never a single day', () => {
    const t = makeTime('2023-06', 'month', 'mid');
    expect(t).toMatchObject({ value: '2023-06', precision: 'month', part: 'mid', earliest: '2023-06-11', latest: '2023-06-20' });
    expect(timeKey(t)).toBe('2023-06-mid');
    expect(timeLabel(t)).toBe('mid-June 2023');
  });

  it('end of a year, a whole month, a leap-year February and a day', () => {
    expect(makeTime('2023', 'year', 'late')).toMatchObject({ earliest: '2023-09-01', latest: '2023-12-31' });
    expect(makeTime('2023-03', 'month')).toMatchObject({ earliest: '2023-03-01', latest: '2023-03-31' });
    expect(makeTime('2024-02', 'month', 'late').latest).toBe('2024-02-29');
    expect(makeTime('2024-12-06', 'day')).toMatchObject({ earliest: '2024-12-06', latest: '2024-12-06' });
  });

  it('rejects impossible dates and shapes that do not match the precision', () => {
    expect(() => makeTime('2023-02-30', 'day')).toThrow(/no such day/);
    expect(() => makeTime('2023-13', 'month')).toThrow(/no such month/);
    expect(() => makeTime('2023-06', 'day')).toThrow(/YYYY-MM-DD/);
    expect(() => parseCuratedTime('Juni 2023')).toThrow(/YYYY/);
  });

  it('orders by earliest then latest day, so March 2023 comes before mid-June 2023', () => {
    const list = [makeTime('2024-12-06', 'day'), makeTime('2023-06', 'month', 'mid'), makeTime('2023-03', 'month'), makeTime('2023', 'year')];
    expect(list.sort(compareTime).map(timeKey)).toEqual(['2023', '2023-03', '2023-06-mid', '2024-12-06']);
  });
});
