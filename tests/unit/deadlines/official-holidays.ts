/**
 * The State Council's holiday arrangements (国务院办公厅关于节假日安排的通知) for 2024–2026, typed in
 * from the notices themselves — not from the calendar package — so that the tests compare two
 * sources. Each period lists its days off, its make-up working days (调休, always a weekend day), the
 * last working day before it and the first working day after it.
 */
export interface HolidayPeriod {
  name: string;
  off: string[];
  makeUp: string[];
  lastBefore: string;
  firstAfter: string;
}

/** 'YYYY-MM-DD' dates from `first` to `last`, both included. */
export function dateRange(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += 86_400_000) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

export const officialPeriods: HolidayPeriod[] = [
  // 国办发明电〔2023〕7号
  { name: '2024 New Year', off: ['2024-01-01'], makeUp: [], lastBefore: '2023-12-29', firstAfter: '2024-01-02' },
  {
    name: '2024 Spring Festival',
    off: dateRange('2024-02-10', '2024-02-17'),
    makeUp: ['2024-02-04', '2024-02-18'],
    lastBefore: '2024-02-09', // 除夕 was a working day in 2024
    firstAfter: '2024-02-18',
  },
  {
    name: '2024 Qingming',
    off: dateRange('2024-04-04', '2024-04-06'),
    makeUp: ['2024-04-07'],
    lastBefore: '2024-04-03',
    firstAfter: '2024-04-07',
  },
  {
    name: '2024 Labour Day',
    off: dateRange('2024-05-01', '2024-05-05'),
    makeUp: ['2024-04-28', '2024-05-11'],
    lastBefore: '2024-04-30',
    firstAfter: '2024-05-06',
  },
  { name: '2024 Dragon Boat', off: ['2024-06-10'], makeUp: [], lastBefore: '2024-06-07', firstAfter: '2024-06-11' },
  {
    name: '2024 Mid-Autumn',
    off: dateRange('2024-09-15', '2024-09-17'),
    makeUp: ['2024-09-14'],
    lastBefore: '2024-09-14',
    firstAfter: '2024-09-18',
  },
  {
    name: '2024 National Day',
    off: dateRange('2024-10-01', '2024-10-07'),
    makeUp: ['2024-09-29', '2024-10-12'],
    lastBefore: '2024-09-30',
    firstAfter: '2024-10-08',
  },
  // 国办发明电〔2024〕12号 (the first year with 除夕 and 5月2日 as statutory holidays)
  { name: '2025 New Year', off: ['2025-01-01'], makeUp: [], lastBefore: '2024-12-31', firstAfter: '2025-01-02' },
  {
    name: '2025 Spring Festival',
    off: dateRange('2025-01-28', '2025-02-04'),
    makeUp: ['2025-01-26', '2025-02-08'],
    lastBefore: '2025-01-27',
    firstAfter: '2025-02-05',
  },
  {
    name: '2025 Qingming',
    off: dateRange('2025-04-04', '2025-04-06'),
    makeUp: [],
    lastBefore: '2025-04-03',
    firstAfter: '2025-04-07',
  },
  {
    name: '2025 Labour Day',
    off: dateRange('2025-05-01', '2025-05-05'),
    makeUp: ['2025-04-27'],
    lastBefore: '2025-04-30',
    firstAfter: '2025-05-06',
  },
  {
    name: '2025 Dragon Boat',
    off: dateRange('2025-05-31', '2025-06-02'),
    makeUp: [],
    lastBefore: '2025-05-30',
    firstAfter: '2025-06-03',
  },
  {
    name: '2025 National Day and Mid-Autumn',
    off: dateRange('2025-10-01', '2025-10-08'),
    makeUp: ['2025-09-28', '2025-10-11'],
    lastBefore: '2025-09-30',
    firstAfter: '2025-10-09',
  },
  // 国办发明电〔2025〕7号
  {
    name: '2026 New Year',
    off: dateRange('2026-01-01', '2026-01-03'),
    makeUp: ['2026-01-04'],
    lastBefore: '2025-12-31',
    firstAfter: '2026-01-04',
  },
  {
    name: '2026 Spring Festival',
    off: dateRange('2026-02-15', '2026-02-23'),
    makeUp: ['2026-02-14', '2026-02-28'],
    lastBefore: '2026-02-14',
    firstAfter: '2026-02-24',
  },
  {
    name: '2026 Qingming',
    off: dateRange('2026-04-04', '2026-04-06'),
    makeUp: [],
    lastBefore: '2026-04-03',
    firstAfter: '2026-04-07',
  },
  {
    name: '2026 Labour Day',
    off: dateRange('2026-05-01', '2026-05-05'),
    makeUp: ['2026-05-09'],
    lastBefore: '2026-04-30',
    firstAfter: '2026-05-06',
  },
  {
    name: '2026 Dragon Boat',
    off: dateRange('2026-06-19', '2026-06-21'),
    makeUp: [],
    lastBefore: '2026-06-18',
    firstAfter: '2026-06-22',
  },
  {
    name: '2026 Mid-Autumn',
    off: dateRange('2026-09-25', '2026-09-27'),
    makeUp: [],
    lastBefore: '2026-09-24',
    firstAfter: '2026-09-28',
  },
  {
    name: '2026 National Day',
    off: dateRange('2026-10-01', '2026-10-07'),
    makeUp: ['2026-09-20', '2026-10-10'],
    lastBefore: '2026-09-30',
    firstAfter: '2026-10-08',
  },
];

/** Day of the week of a 'YYYY-MM-DD' date, read in UTC: 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
