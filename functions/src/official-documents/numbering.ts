import { departmentByCode } from '../catalog/taxonomy.js';

/**
 * 发文字号 per GB/T 9704: 机关代字〔年份〕序号, e.g. 越民〔2026〕3号 — the year in full inside 六角括号, the sequence
 * without leading zeros and no 第. The sequence runs per department and year (store.ts allocates it).
 */
const agencyCodes: Readonly<Record<string, string>> = {
  'civil-affairs': '越民',
  'human-resources-social-security': '越人社',
  'market-supervision': '越市监',
  health: '越卫健',
  housing: '越建',
  'household-registration': '越公户',
  education: '越教',
  environment: '越环',
  'culture-sports': '越文广旅体',
  'street-office': '越街',
  'medical-insurance': '越医保',
  tax: '越税',
  'disabled-persons': '越残联',
  'veterans-affairs': '越退役',
  'urban-management': '越城管',
  // Staff units outside the service catalog's departments.
  'district-office': '越府办',
  'data-center': '越数据',
};

/** A department's 机关代字: its own, or 越 and the first character of its short name (越 alone when unnamed). */
export function agencyCodeOf(department: string): string {
  const known = agencyCodes[department];
  if (known) return known;
  const name = departmentByCode(department)?.name.zh.replace(/^越秀区/, '');
  return `越${name ? [...name][0] : ''}`;
}

/** The document number of the `seq`-th document a department signs in `year`. */
export function documentNumber(department: string, year: number, seq: number): string {
  return `${agencyCodeOf(department)}〔${year}〕${seq}号`;
}
