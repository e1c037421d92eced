import type { Bilingual, DepartmentCode } from '../catalog/taxonomy.js';
import type { Condition, MemberTest } from './rules.js';

/**
 * 综合救助: the 26 relief programs of 8 departments handled at one window (一口上下, the plan's F2). Each
 * program is reviewed by its own department; its eligibility is data (every condition must hold) with a
 * plain-language explanation of what it gives. Thresholds follow Guangzhou's published standards.
 */

export interface ReliefProgram {
  /** Stable code, e.g. MZ-DIBAO. */
  readonly code: string;
  readonly department: DepartmentCode;
  readonly name: Bilingual;
  /** What the program gives, in plain words. */
  readonly explanation: Bilingual;
  readonly conditions: readonly Condition[];
}

/** 最低生活保障标准 (yuan per person per month) and the low-income line (1.5 times it). */
export const subsistenceLine = 1500;
export const lowIncomeLine = 2250;

const b = (zh: string, en: string): Bilingual => ({ zh, en });
const income = (yuan: number): Condition => ({ kind: 'income_per_capita_at_most', yuan });
const assets = (yuan: number): Condition => ({ kind: 'assets_per_capita_at_most', yuan });
const member = (who: MemberTest, zh: string, en: string): Condition => ({ kind: 'member', who, label: b(zh, en) });
/** The household is poor: under the subsistence line, with assets under 24 months of it. */
const poor = [income(subsistenceLine), assets(subsistenceLine * 24)];
/** The household has a low income (低收入家庭). */
const lowIncome = [income(lowIncomeLine), assets(lowIncomeLine * 24)];

const p = (
  code: string,
  department: DepartmentCode,
  name: Bilingual,
  explanation: Bilingual,
  conditions: readonly Condition[],
): ReliefProgram => ({ code, department, name, explanation, conditions });

export const reliefPrograms: readonly ReliefProgram[] = [
  // 民政 Civil affairs (8)
  p(
    'MZ-DIBAO',
    'civil-affairs',
    b('最低生活保障', 'Minimum living allowance (dibao)'),
    b(
      '每月补足家庭人均收入与低保标准的差额。',
      'Each month, tops the household up to the subsistence line per person.',
    ),
    poor,
  ),
  p(
    'MZ-TEKUN',
    'civil-affairs',
    b('特困人员救助供养', 'Support for people in extreme poverty'),
    b(
      '为无劳动能力、无人赡养扶养的人提供基本生活和照料。',
      'Basic living and care for people unable to work with no one to support them.',
    ),
    [...poor, member({ noSupport: true }, '无劳动能力且无人赡养扶养的成员', 'unable to work and without support')],
  ),
  p(
    'MZ-DISHOURU',
    'civil-affairs',
    b('低收入家庭认定', 'Low-income household certification'),
    b(
      '认定为低收入家庭后可享受医疗、教育、住房等专项救助。',
      'Certifies the household as low-income, opening medical, schooling and housing help.',
    ),
    lowIncome,
  ),
  p(
    'MZ-LINSHI',
    'civil-affairs',
    b('临时救助', 'Temporary assistance'),
    b('遭遇突发困难时一次性给予救助金。', 'A one-off payment after a sudden hardship.'),
    [{ kind: 'emergency' }, income(lowIncomeLine)],
  ),
  p(
    'MZ-KUNJING-ERTONG',
    'civil-affairs',
    b('困境儿童基本生活保障', 'Living allowance for children in difficulty'),
    b('为低收入家庭中的未成年人按月发放生活费。', 'A monthly allowance for children of low-income households.'),
    [...lowIncome, member({ maxAge: 17 }, '未满 18 周岁的子女', 'a child under 18')],
  ),
  p(
    'MZ-GAOLING',
    'civil-affairs',
    b('高龄老人津贴', 'Allowance for people aged 80 and over'),
    b(
      '80 周岁以上老人按月领取高龄津贴，不看收入。',
      'A monthly allowance for anyone aged 80 or more, whatever the income.',
    ),
    [member({ minAge: 80 }, '80 周岁以上的老人', 'aged 80 or more')],
  ),
  p(
    'MZ-JUJIA-YANGLAO',
    'civil-affairs',
    b('困难老人居家养老服务资助', 'Home-care subsidy for older people in hardship'),
    b(
      '为低收入家庭的 60 岁以上老人购买上门照料服务。',
      'Pays for home care of people over 60 in low-income households.',
    ),
    [...lowIncome, member({ minAge: 60 }, '60 周岁以上的老人', 'aged 60 or more')],
  ),
  p(
    'MZ-SANGZANG',
    'civil-affairs',
    b('困难群众殡葬救助', 'Funeral assistance'),
    b('免除困难家庭亲人离世的基本殡葬费用。', 'Waives the basic funeral costs when a poor household loses a member.'),
    [{ kind: 'emergency' }, ...poor],
  ),
  // 人社 Human resources and social security (3)
  p(
    'RS-JIUYE-KUNNAN',
    'human-resources-social-security',
    b('就业困难人员认定及援助', 'Employment assistance'),
    b(
      '认定为就业困难人员，优先推荐岗位和免费培训。',
      'Certified as hard to employ: job referrals first and free training.',
    ),
    [
      income(lowIncomeLine),
      member({ unemployed: true, minAge: 16, maxAge: 59 }, '登记失业的劳动年龄成员', 'of working age and unemployed'),
    ],
  ),
  p(
    'RS-SHEBAO-BUTIE',
    'human-resources-social-security',
    b('灵活就业社会保险补贴', 'Social insurance subsidy for flexible work'),
    b(
      '补贴灵活就业困难人员缴纳的养老和医疗保险费。',
      'Pays part of the pension and medical insurance of people in flexible work.',
    ),
    [
      income(lowIncomeLine),
      member({ unemployed: true, minAge: 40 }, '40 岁以上的失业成员', 'unemployed and aged 40 or more'),
    ],
  ),
  p(
    'RS-GONGYI-GANGWEI',
    'human-resources-social-security',
    b('公益性岗位安置', 'Public-service job placement'),
    b('为低保家庭的失业成员安排社区公益性岗位。', 'A community job for an unemployed member of a dibao household.'),
    [
      ...poor,
      member({ unemployed: true, minAge: 16, maxAge: 59 }, '登记失业的劳动年龄成员', 'of working age and unemployed'),
    ],
  ),
  // 医保 Medical security (3)
  p(
    'YB-YILIAO-JIUZHU',
    'medical-insurance',
    b('医疗救助', 'Medical assistance'),
    b('报销医保后仍需自付的医疗费用按比例救助。', 'Covers part of the medical bills left after insurance.'),
    [...lowIncome, member({ seriousIllness: true }, '患重病或慢性病的成员', 'seriously or chronically ill')],
  ),
  p(
    'YB-CANBAO-ZIZHU',
    'medical-insurance',
    b('城乡居民医保参保资助', 'Medical insurance premium support'),
    b('全额或部分资助困难家庭成员参加居民医保。', 'Pays all or part of the residents’ medical insurance premium.'),
    lowIncome,
  ),
  p(
    'YB-ZHONGTEDA',
    'medical-insurance',
    b('重特大疾病医疗救助', 'Catastrophic illness assistance'),
    b('对重特大疾病的高额医疗费用给予再次救助。', 'A second round of help with very high bills for a grave illness.'),
    [
      income(lowIncomeLine * 2),
      member({ seriousIllness: true }, '患重病或慢性病的成员', 'seriously or chronically ill'),
    ],
  ),
  // 教育 Education (4)
  p(
    'JY-XUEQIAN',
    'education',
    b('学前教育资助', 'Preschool fee support'),
    b('减免困难家庭幼儿的保教费。', 'Waives kindergarten fees for children of low-income households.'),
    [...lowIncome, member({ schooling: ['preschool'] }, '在读幼儿园的孩子', 'in kindergarten')],
  ),
  p(
    'JY-YIWU-BUZHU',
    'education',
    b('义务教育困难学生生活补助', 'Living allowance for pupils in compulsory school'),
    b('为小学、初中在读的困难学生发放生活补助。', 'A living allowance for primary and middle school pupils.'),
    [...lowIncome, member({ schooling: ['compulsory'] }, '在读小学或初中的孩子', 'in primary or middle school')],
  ),
  p(
    'JY-GAOZHONG',
    'education',
    b('普通高中国家助学金', 'High-school grant'),
    b('每学年发放国家助学金并免除学费。', 'A yearly grant and free tuition in high school.'),
    [...lowIncome, member({ schooling: ['high_school'] }, '在读高中的孩子', 'in high school')],
  ),
  p(
    'JY-DAXUE-XINSHENG',
    'education',
    b('大学新生入学资助', 'Grant for new university students'),
    b(
      '一次性资助困难家庭的大学新生路费和入学费用。',
      'A one-off grant for the travel and first costs of a new university student.',
    ),
    [...lowIncome, member({ schooling: ['university'] }, '在读大学的成员', 'at university')],
  ),
  // 住建 Housing (3)
  p(
    'ZJ-GONGZU',
    'housing',
    b('公共租赁住房保障', 'Public rental housing'),
    b('为住房困难的低收入家庭配租公租房。', 'A public rental flat for a low-income household short of housing.'),
    [...lowIncome, { kind: 'housing_in', housings: ['rented', 'none'] }],
  ),
  p(
    'ZJ-ZULIN-BUTIE',
    'housing',
    b('住房租赁补贴', 'Rent subsidy'),
    b('按月补贴租住私房的困难家庭的房租。', 'A monthly share of the rent for a poor household renting privately.'),
    [...lowIncome, { kind: 'housing_in', housings: ['rented'] }],
  ),
  p(
    'ZJ-WEIFANG',
    'housing',
    b('困难家庭住房修缮资助', 'Home repair grant'),
    b('资助自有住房狭小破旧的困难家庭修缮房屋。', 'Helps a poor household repair a small, worn home of its own.'),
    [...poor, { kind: 'housing_in', housings: ['owned'] }, { kind: 'area_per_capita_at_most', m2: 15 }],
  ),
  // 残联 Disabled persons' federation (3)
  p(
    'CL-SHENGHUO-BUTIE',
    'disabled-persons',
    b('困难残疾人生活补贴', 'Living allowance for disabled people in hardship'),
    b(
      '为低收入家庭的持证残疾人按月发放生活补贴。',
      'A monthly allowance for certified disabled people of low-income households.',
    ),
    [...lowIncome, member({ disabilityUpTo: 4 }, '持残疾人证的成员', 'holding a disability certificate')],
  ),
  p(
    'CL-HULI-BUTIE',
    'disabled-persons',
    b('重度残疾人护理补贴', 'Care allowance for severe disability'),
    b(
      '一、二级残疾人按月领取护理补贴，不看收入。',
      'A monthly care allowance for grade 1 or 2 disability, whatever the income.',
    ),
    [member({ disabilityUpTo: 2 }, '一级或二级残疾的成员', 'disabled at grade 1 or 2')],
  ),
  p(
    'CL-FUJU',
    'disabled-persons',
    b('残疾人辅助器具适配资助', 'Assistive device grant'),
    b('免费或补贴适配轮椅、助听器等辅助器具。', 'Free or subsidised wheelchairs, hearing aids and other devices.'),
    [income(lowIncomeLine * 2), member({ disabilityUpTo: 4 }, '持残疾人证的成员', 'holding a disability certificate')],
  ),
  // 卫健 Health (1)
  p(
    'WJ-JIATING-YISHENG',
    'health',
    b('困难群众家庭医生签约服务费减免', 'Free family-doctor contract'),
    b(
      '免除困难家庭患病成员的家庭医生签约服务费。',
      'Waives the family-doctor fee for an ill member of a low-income household.',
    ),
    [...lowIncome, member({ seriousIllness: true }, '患重病或慢性病的成员', 'seriously or chronically ill')],
  ),
  // 退役军人 Veterans affairs (1)
  p(
    'TY-KUNNAN-BANGFU',
    'veterans-affairs',
    b('困难退役军人帮扶援助', 'Help for veterans in hardship'),
    b('为生活困难的退役军人提供帮扶金。', 'A hardship grant for veterans in difficulty.'),
    [income(lowIncomeLine), member({ veteran: true }, '退役军人', 'a veteran')],
  ),
];

export function programByCode(code: string): ReliefProgram | undefined {
  return reliefPrograms.find((program) => program.code === code);
}

/** The departments of the programs, in the catalog's order (civil affairs, which leads, first). */
export const reliefDepartments: readonly DepartmentCode[] = [...new Set(reliefPrograms.map((x) => x.department))];

/** The catalog item a relief application is filed as (civil affairs leads; catalog/seed/civil-affairs.ts). */
export const reliefItemCode = '440104-MZ-0011';
