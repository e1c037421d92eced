/**
 * The city-management categories citizens, inspectors and Open311 clients report under: a realistic subset of
 * GB/T 30428.2 (数字化城市管理信息系统 第2部分：管理部件和事件). Codes follow the standard's shape — a
 * two-digit major class and a two-digit subclass, `01` 公用设施 … `05` 其他设施 for components (部件), `01`
 * 市容环境 … `06` 其他事件 for events (事件), prefixed C/E here so one code names one category. Each has the
 * department it is dispatched to by default and its handling time limit: urgent ones in working hours, the rest
 * in working days (the deadline engine counts working days; an hour limit is due at the end of its working day).
 */

export type CategoryKind = 'component' | 'event';

export interface GridCategory {
  readonly code: string;
  readonly kind: CategoryKind;
  readonly name: { readonly zh: string; readonly en: string };
  readonly department: string;
  /** The handling time limit from dispatch: working hours for urgent categories, else working days. */
  readonly limit: { readonly unit: 'hours' | 'days'; readonly value: number };
}

const c = (
  code: string,
  kind: CategoryKind,
  zh: string,
  en: string,
  department: string,
  unit: 'hours' | 'days',
  value: number,
): GridCategory => ({ code, kind, name: { zh, en }, department, limit: { unit, value } });

export const gridCategories: readonly GridCategory[] = [
  // 部件 (components)
  c('C0101', 'component', '上水井盖破损', 'Damaged water-supply manhole cover', 'urban-management', 'hours', 2),
  c('C0103', 'component', '雨水箅子缺失', 'Missing storm-drain grate', 'urban-management', 'hours', 4),
  c('C0117', 'component', '路灯不亮', 'Street light out', 'urban-management', 'days', 2),
  c('C0201', 'component', '公交站亭损坏', 'Damaged bus shelter', 'urban-management', 'days', 3),
  c('C0206', 'component', '人行道板破损', 'Broken pavement slabs', 'urban-management', 'days', 5),
  c('C0301', 'component', '垃圾箱破损', 'Damaged litter bin', 'environment', 'days', 2),
  c('C0401', 'component', '行道树倒伏', 'Fallen street tree', 'urban-management', 'hours', 4),
  c('C0501', 'component', '健身设施损坏', 'Damaged outdoor fitness equipment', 'culture-sports', 'days', 5),
  // 事件 (events)
  c('E0101', 'event', '暴露垃圾', 'Exposed rubbish', 'environment', 'hours', 4),
  c('E0103', 'event', '乱张贴小广告', 'Illegal flyposting', 'urban-management', 'days', 1),
  c('E0105', 'event', '道路积水', 'Standing water on the road', 'urban-management', 'hours', 2),
  c('E0201', 'event', '私搭乱建', 'Unauthorised construction', 'housing', 'days', 10),
  c('E0301', 'event', '占道经营', 'Street vending on the road', 'urban-management', 'days', 1),
  c('E0306', 'event', '共享单车乱停放', 'Badly parked shared bicycles', 'street-office', 'days', 1),
  c('E0401', 'event', '施工噪声扰民', 'Construction noise', 'environment', 'days', 2),
  c('E0402', 'event', '餐饮油烟污染', 'Restaurant fumes', 'market-supervision', 'days', 5),
  c('E0501', 'event', '违规户外广告', 'Unauthorised outdoor advertising', 'urban-management', 'days', 5),
  c('E0601', 'event', '其他城市管理问题', 'Other city-management problem', 'street-office', 'days', 5),
];

export const gridCategoryCodes = gridCategories.map((x) => x.code) as [string, ...string[]];

export const categoryOf = (code: string): GridCategory | undefined => gridCategories.find((x) => x.code === code);

/** Working hours of a working day (8:30–12:00, 14:00–18:00 rounded): how an hour limit becomes working days. */
export const workingHoursPerDay = 8;

/** The limit in working days the deadline engine counts (an hour limit: at least one working day). */
export const limitInWorkingDays = (category: GridCategory): number =>
  category.limit.unit === 'days' ? category.limit.value : Math.ceil(category.limit.value / workingHoursPerDay);
