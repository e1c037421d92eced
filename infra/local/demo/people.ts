import { residentIdCheckCharacter } from '../../../functions/src/platform/personal-data/resident-id.js';
import { demoUsers, type DemoUser } from '../identity/demo-users.js';
import type { SeededRandom } from './random.js';

/**
 * The people of the demo data: the demo citizens and enterprises (who own their online cases) and the
 * made-up residents and organisations who come to a street station. DEMONSTRATION DATA: every name, ID
 * number, phone number and credit code is invented; ID numbers are well-formed (region, birth date and
 * the GB 11643 check character), so every form and profile check accepts them.
 */

export interface Person {
  readonly kind: 'person';
  readonly name: string;
  readonly idNumber: string;
  readonly mobile: string;
  readonly email?: string;
}

export interface Organisation {
  readonly kind: 'organisation';
  readonly name: string;
  readonly creditCode: string;
  readonly legalRepresentative: string;
  /** The person who deals with the application for the organisation. */
  readonly contact: Person;
}

export type Applicant = Person | Organisation;

/** A resident ID number of Yuexiu (440104) or a neighbouring district, born on `birth` (YYYYMMDD). */
export function residentId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The demo citizens' verified details: name as on the ID card, ID number and mobile phone. */
const citizenDetails: Readonly<Record<string, { idNumber: string; mobile: string }>> = {
  citizen1: { idNumber: residentId('440104', '19880312', 351), mobile: '13902000001' },
  citizen2: { idNumber: residentId('440104', '19920726', 182), mobile: '13902000002' },
  citizen3: { idNumber: residentId('440103', '19790105', 248), mobile: '13902000003' },
  citizen4: { idNumber: residentId('440104', '19650918', 417), mobile: '13902000004' },
};

/** The demo enterprises: their credit code, legal representative and the mobile of their contact. */
const enterpriseDetails: Readonly<
  Record<string, { creditCode: string; legalRepresentative: string; contactIdNumber: string; mobile: string }>
> = {
  enterprise1: {
    creditCode: '91440104MA5DEMO011',
    legalRepresentative: '周国栋',
    contactIdNumber: residentId('440104', '19750621', 113),
    mobile: '13902000011',
  },
  enterprise2: {
    creditCode: '91440104MA5DEMO028',
    legalRepresentative: '梁慧敏',
    contactIdNumber: residentId('440106', '19830214', 262),
    mobile: '13902000012',
  },
};

/** A demo citizen or enterprise account and who it applies as. */
export interface DemoAccount {
  readonly user: DemoUser;
  readonly applicant: Applicant;
}

function accountOf(user: DemoUser): DemoAccount | undefined {
  const citizen = citizenDetails[user.username];
  if (citizen) return { user, applicant: { kind: 'person', name: user.name, email: user.email, ...citizen } };
  const enterprise = enterpriseDetails[user.username];
  if (!enterprise) return undefined;
  const contact: Person = {
    kind: 'person',
    name: enterprise.legalRepresentative,
    idNumber: enterprise.contactIdNumber,
    mobile: enterprise.mobile,
    email: user.email,
  };
  return {
    user,
    applicant: {
      kind: 'organisation',
      name: user.name,
      creditCode: enterprise.creditCode,
      legalRepresentative: enterprise.legalRepresentative,
      contact,
    },
  };
}

/** The demo accounts that apply online, each with the details of its profile. */
export const demoAccounts: readonly DemoAccount[] = demoUsers.flatMap((u) => accountOf(u) ?? []);

const surnames = [...'陈李张黄王林梁刘吴何罗郑谢杨冯邓许朱曾蔡彭苏卢叶'];
const givenNames = [
  '建华',
  '秀英',
  '志强',
  '丽娟',
  '伟明',
  '美玲',
  '国强',
  '嘉欣',
  '俊杰',
  '淑芬',
  '家豪',
  '慧敏',
  '子轩',
  '婉婷',
  '文杰',
  '雪梅',
  '永康',
  '晓燕',
  '浩然',
  '佩仪',
  '振宇',
  '玉兰',
  '思远',
  '宝珠',
];
const regions = ['440104', '440104', '440104', '440103', '440105', '440106', '440111'];
const companyWords = ['骏达', '恒信', '粤海', '康宁', '晨光', '万和', '远航', '瑞丰', '嘉禾', '星河', '华庭', '锦绣'];
const companyKinds = ['贸易', '餐饮管理', '科技', '文化传播', '物业管理', '医疗器械', '教育咨询', '建筑装饰'];

/** A made-up resident who comes to a street station in person. */
export function walkInPerson(random: SeededRandom): Person {
  const year = random.int(1950, 2003);
  const birth = `${year}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  return {
    kind: 'person',
    name: random.pick(surnames) + random.pick(givenNames),
    idNumber: residentId(random.pick(regions), birth, random.int(1, 999)),
    mobile: `1${random.pick(['35', '36', '37', '38', '39', '50', '58', '59', '86', '88'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
  };
}

/** A made-up organisation whose staff come to a street station. */
export function walkInOrganisation(random: SeededRandom): Organisation {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const code = Array.from({ length: 7 }, () => random.pick([...alphabet])).join('');
  return {
    kind: 'organisation',
    name: `广州${random.pick(companyWords)}${random.pick(companyKinds)}有限公司`,
    creditCode: `91440104MA5${code}`,
    legalRepresentative: random.pick(surnames) + random.pick(givenNames),
    contact: walkInPerson(random),
  };
}
