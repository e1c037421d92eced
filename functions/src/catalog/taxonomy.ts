/**
 * The catalog's fixed vocabularies: departments, life events, topics and audiences. Small constants, so the
 * route layer and the web can name a filter value in both languages without reading the table.
 */

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface Department {
  /** The route and filter code (kebab-case English). */
  readonly code: string;
  /** The department part of an item code (事项编码), e.g. MZ in 440104-MZ-0001. */
  readonly itemPrefix: string;
  readonly name: Bilingual;
}

/** Yuexiu District's administrative division code (行政区划代码), the first part of every item code. */
export const districtCode = '440104';

export const departments = [
  { code: 'civil-affairs', itemPrefix: 'MZ', name: { zh: '越秀区民政局', en: 'Civil Affairs Bureau' } },
  {
    code: 'human-resources-social-security',
    itemPrefix: 'RS',
    name: { zh: '越秀区人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
  },
  {
    code: 'market-supervision',
    itemPrefix: 'SJ',
    name: { zh: '越秀区市场监督管理局', en: 'Market Supervision Administration' },
  },
  { code: 'health', itemPrefix: 'WJ', name: { zh: '越秀区卫生健康局', en: 'Health Bureau' } },
  {
    code: 'housing',
    itemPrefix: 'ZJ',
    name: { zh: '越秀区住房和城乡建设局', en: 'Housing and Urban-Rural Development Bureau' },
  },
  {
    code: 'household-registration',
    itemPrefix: 'GA',
    name: { zh: '广州市公安局越秀区分局（户政）', en: 'Public Security Sub-bureau (Household Registration)' },
  },
  { code: 'education', itemPrefix: 'JY', name: { zh: '越秀区教育局', en: 'Education Bureau' } },
  {
    code: 'environment',
    itemPrefix: 'HB',
    name: { zh: '广州市越秀区生态环境分局', en: 'Ecology and Environment Sub-bureau' },
  },
  {
    code: 'culture-sports',
    itemPrefix: 'WG',
    name: { zh: '越秀区文化广电旅游体育局', en: 'Culture, Radio, Television, Tourism and Sports Bureau' },
  },
  { code: 'street-office', itemPrefix: 'JD', name: { zh: '越秀区各街道办事处', en: 'Street Offices' } },
  { code: 'medical-insurance', itemPrefix: 'YB', name: { zh: '越秀区医疗保障局', en: 'Medical Security Bureau' } },
  { code: 'tax', itemPrefix: 'SW', name: { zh: '国家税务总局广州市越秀区税务局', en: 'Taxation Bureau' } },
  {
    code: 'disabled-persons',
    itemPrefix: 'CL',
    name: { zh: '越秀区残疾人联合会', en: "Disabled Persons' Federation" },
  },
  {
    code: 'veterans-affairs',
    itemPrefix: 'TY',
    name: { zh: '越秀区退役军人事务局', en: 'Veterans Affairs Bureau' },
  },
  {
    code: 'urban-management',
    itemPrefix: 'CG',
    name: { zh: '越秀区城市管理和综合执法局', en: 'Urban Management and Law Enforcement Bureau' },
  },
] as const satisfies readonly Department[];

export type DepartmentCode = (typeof departments)[number]['code'];
export const departmentCodes = departments.map((d) => d.code) as [DepartmentCode, ...DepartmentCode[]];

export const lifeEvents = [
  { code: 'birth', name: { zh: '出生', en: 'Birth' } },
  { code: 'school', name: { zh: '上学', en: 'Going to school' } },
  { code: 'work', name: { zh: '就业', en: 'Work' } },
  { code: 'marriage', name: { zh: '婚姻', en: 'Marriage' } },
  { code: 'having-a-child', name: { zh: '生育', en: 'Having a child' } },
  { code: 'housing', name: { zh: '住房', en: 'Housing' } },
  { code: 'moving', name: { zh: '户籍与居住', en: 'Moving and residence' } },
  { code: 'health-care', name: { zh: '就医', en: 'Health care' } },
  { code: 'retirement', name: { zh: '退休养老', en: 'Retirement' } },
  { code: 'hardship', name: { zh: '困难救助', en: 'Hardship and relief' } },
  { code: 'disability', name: { zh: '残疾人服务', en: 'Disability' } },
  { code: 'military-service', name: { zh: '兵役与退役', en: 'Military service' } },
  { code: 'death-funeral', name: { zh: '身后事', en: 'Death and funeral' } },
  { code: 'starting-business', name: { zh: '开办企业', en: 'Starting a business' } },
  { code: 'running-business', name: { zh: '经营许可', en: 'Running a business' } },
  { code: 'closing-business', name: { zh: '企业注销', en: 'Closing a business' } },
] as const satisfies readonly { code: string; name: Bilingual }[];

export type LifeEventCode = (typeof lifeEvents)[number]['code'];
export const lifeEventCodes = lifeEvents.map((e) => e.code) as [LifeEventCode, ...LifeEventCode[]];

export const topics = [
  { code: 'civil-status', name: { zh: '婚姻与民事', en: 'Civil status' } },
  { code: 'household', name: { zh: '户籍证件', en: 'Household and ID' } },
  { code: 'social-security', name: { zh: '社会保障', en: 'Social security' } },
  { code: 'employment', name: { zh: '就业创业', en: 'Employment' } },
  { code: 'social-assistance', name: { zh: '社会救助', en: 'Social assistance' } },
  { code: 'health', name: { zh: '医疗卫生', en: 'Health' } },
  { code: 'education', name: { zh: '教育', en: 'Education' } },
  { code: 'housing', name: { zh: '住房保障', en: 'Housing' } },
  { code: 'permits', name: { zh: '证照许可', en: 'Permits and licences' } },
  { code: 'taxation', name: { zh: '税收', en: 'Taxation' } },
  { code: 'environment', name: { zh: '生态环境', en: 'Environment' } },
  { code: 'culture', name: { zh: '文化体育', en: 'Culture and sports' } },
  { code: 'elderly', name: { zh: '养老服务', en: 'Elderly care' } },
  { code: 'veterans', name: { zh: '退役军人', en: 'Veterans' } },
  { code: 'disability', name: { zh: '助残服务', en: 'Disability services' } },
  { code: 'city-management', name: { zh: '城市管理', en: 'City management' } },
] as const satisfies readonly { code: string; name: Bilingual }[];

export type TopicCode = (typeof topics)[number]['code'];
export const topicCodes = topics.map((t) => t.code) as [TopicCode, ...TopicCode[]];

export const audiences = ['citizen', 'enterprise'] as const;
export type Audience = (typeof audiences)[number];

export function departmentByCode(code: string): Department | undefined {
  return (departments as readonly Department[]).find((d) => d.code === code);
}
