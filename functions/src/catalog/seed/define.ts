import type { Material, ServiceItem } from '../model.js';
import { departments, districtCode, type DepartmentCode } from '../taxonomy.js';
import { applicationForm } from './forms.js';
import { t, type Pair } from './pair.js';

/**
 * A compact way to write seed items: tuples for bilingual texts and department defaults for outlets,
 * hours, phones and review steps, so each department file reads like the guide it restates.
 */
export { t, type Pair } from './pair.js';

type ItemFields = Omit<
  ServiceItem,
  | 'code'
  | 'department'
  | 'name'
  | 'audience'
  | 'legalBasis'
  | 'conditions'
  | 'fees'
  | 'timeLimits'
  | 'online'
  | 'processSteps'
  | 'outlets'
  | 'hours'
  | 'phones'
  | 'faq'
  | 'reviewSteps'
  | 'lifeEvents'
  | 'form'
  | 'jointReview'
>;

export interface SeedEntry extends Partial<Pick<ItemFields, 'kind'>> {
  n: number;
  name: Pair;
  topics: ServiceItem['topics'];
  lifeEvents?: ServiceItem['lifeEvents'];
  audience?: ServiceItem['audience'];
  /** [law, article] */
  basis: readonly (readonly [string, string])[];
  conditions: readonly Pair[];
  materials: readonly Material[];
  /** [amount in CNY, fee basis]; free when left out. */
  fee?: readonly [number, string];
  /** [statutory, promised] working days. */
  days: readonly [number, number];
  visits: number;
  online?: boolean;
  steps: readonly Pair[];
  faq?: readonly (readonly [q: Pair, a: Pair])[];
  /** How the case engine reviews it: on the spot (即办件) or accept → review → decide → deliver. */
  review?: 'spot' | 'standard';
  outlets?: readonly string[];
  /** 联合审批: the other departments that review it in parallel with this one (the lead). */
  jointWith?: readonly DepartmentCode[];
}

/** Yuexiu's street service stations (街道政务服务中心), one per street. */
export const streetStations = [
  'hongqiao',
  'beijing',
  'liurong',
  'liuhua',
  'guangta',
  'renmin',
  'dongshan',
  'nonglin',
  'meihuacun',
  'huanghuagang',
  'huale',
  'jianshe',
  'datang',
  'zhuguang',
  'dadong',
  'baiyun',
  'dengfeng',
  'kuangquan',
].map((street) => `street-${street}`);

/** The district's government service centre (区政务服务中心), where most department windows sit. */
export const serviceCentre = 'district-service-centre';

export interface DepartmentDefaults {
  outlets: readonly string[];
  hours: Pair;
  consultation: string;
}

/** The district's service-supervision hotline (政务服务便民热线). */
export const supervisionPhone = '12345';

export const weekdayHours: Pair = [
  '周一至周五 9:00-12:00，13:00-17:00（法定节假日除外）',
  'Mon–Fri 9:00–12:00 and 13:00–17:00, except public holidays',
];

const reviewSteps: Record<'spot' | 'standard', ServiceItem['reviewSteps']> = {
  spot: [
    { step: 'accept', role: 'clerk' },
    { step: 'decide', role: 'officer' },
    { step: 'deliver', role: 'clerk' },
  ],
  standard: [
    { step: 'accept', role: 'clerk' },
    { step: 'review', role: 'officer' },
    { step: 'decide', role: 'head' },
    { step: 'deliver', role: 'clerk' },
  ],
};

/** The items of one department, with the department's defaults filled in. */
export function defineItems(
  department: DepartmentCode,
  defaults: DepartmentDefaults,
  entries: readonly SeedEntry[],
): ServiceItem[] {
  const prefix = departments.find((d) => d.code === department)!.itemPrefix;
  return entries.map((e) => {
    const code = `${districtCode}-${prefix}-${String(e.n).padStart(4, '0')}`;
    const audience = [...(e.audience ?? ['citizen' as const])];
    return {
      code,
      name: t(e.name),
      department,
      kind: e.kind ?? 'public-service',
      audience,
      topics: [...e.topics],
      lifeEvents: [...(e.lifeEvents ?? [])],
      legalBasis: e.basis.map(([title, article]) => ({ title, article })),
      conditions: e.conditions.map(t),
      materials: [...e.materials],
      fees: e.fee ? { free: false, amountCny: e.fee[0], basis: e.fee[1] } : { free: true },
      timeLimits: { statutoryDays: e.days[0], promisedDays: e.days[1] },
      counterVisits: e.visits,
      online: e.online ?? e.visits === 0,
      processSteps: e.steps.map((s) => ({ name: t(s) })),
      outlets: [...(e.outlets ?? defaults.outlets)],
      hours: t(defaults.hours),
      phones: { consultation: defaults.consultation, supervision: supervisionPhone },
      faq: (e.faq ?? []).map(([q, a]) => ({ q: t(q), a: t(a) })),
      reviewSteps: reviewSteps[e.review ?? (e.days[1] === 0 ? 'spot' : 'standard')],
      form: applicationForm(code, t(e.name), audience),
      ...(e.jointWith ? { jointReview: { lead: department, departments: [department, ...e.jointWith] } } : {}),
    };
  });
}

type MaterialOptions = Partial<Pick<Material, 'form' | 'count' | 'required' | 'eCertificateType' | 'templateForm'>> & {
  notes?: Pair;
};

/** A material; original, one copy, required unless said otherwise. */
export function material(name: Pair, options: MaterialOptions = {}): Material {
  const { notes, ...rest } = options;
  return {
    name: t(name),
    form: 'original',
    count: 1,
    required: true,
    ...rest,
    ...(notes ? { notes: t(notes) } : {}),
  };
}

/** Materials that many items ask for. */
export const common = {
  idCard: material(['申请人居民身份证', "Applicant's resident ID card"], { eCertificateType: 'resident-id-card' }),
  bothIdCards: material(['双方居民身份证', 'Resident ID cards of both parties'], {
    count: 2,
    eCertificateType: 'resident-id-card',
  }),
  householdRegister: material(['居民户口簿', 'Household register (hukou booklet)'], {
    eCertificateType: 'household-register',
  }),
  photos: (count: number) => material(['近期二寸免冠彩色照片', 'Recent 2-inch colour photos, bareheaded'], { count }),
  residencePermit: material(['广东省居住证', 'Guangdong residence permit'], { eCertificateType: 'residence-permit' }),
  businessLicence: material(['营业执照', 'Business licence'], { form: 'copy', eCertificateType: 'business-licence' }),
  legalRepId: material(['法定代表人身份证明', "Legal representative's identity document"], { form: 'copy' }),
  proxy: material(['授权委托书及受托人身份证', "Power of attorney and the agent's ID card"], {
    required: false,
    notes: ['委托他人代办时提交', 'Only when someone applies on your behalf'],
  }),
  premises: material(['经营场所使用证明（产权证明或租赁合同）', 'Proof of use of the premises (title deed or lease)'], {
    form: 'copy',
  }),
  marriageCertificate: material(['结婚证', 'Marriage certificate'], { eCertificateType: 'marriage-certificate' }),
  birthCertificate: material(['出生医学证明', 'Medical birth certificate'], {
    eCertificateType: 'birth-medical-certificate',
  }),
  disabilityCertificate: material(['中华人民共和国残疾人证', 'Disability certificate of the PRC'], {
    eCertificateType: 'disability-certificate',
  }),
  bankCard: material(['本人银行账户（社保卡金融账户）', "Applicant's bank account (social security card)"], {
    form: 'copy',
  }),
  form: (code: string, name: Pair) => material(name, { templateForm: code }),
};
