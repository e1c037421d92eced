import type { ScenarioNode } from '../model.js';
import { items, material, outcome, question, scenario, use, type Pair } from './define.js';

type Insurance = 'eligible' | 'resigned' | 'none';

const insurance: Record<Insurance, { label: Pair; short: Pair }> = {
  eligible: {
    label: [
      '已缴失业保险满1年，且非本人意愿中断就业（如合同到期不续签、被辞退）',
      'Paid unemployment insurance for a year or more and lost the job involuntarily (contract not renewed, dismissed)',
    ],
    short: ['可领失业保险金', 'entitled to benefit'],
  },
  resigned: {
    label: ['本人主动辞职', 'I resigned'],
    short: ['主动辞职', 'resigned'],
  },
  none: {
    label: ['未缴失业保险或缴费不满1年', 'Never insured, or insured for less than a year'],
    short: ['未满足领金条件', 'not entitled to benefit'],
  },
};

const registration = use(
  items.unemploymentRegistration,
  ['申请人居民身份证'],
  [
    '可在“广东人社”网上办理，或到社保服务大厅、街道办理',
    'Online through Guangdong HRSS, or at the social security hall or your street station',
  ],
);
const benefit = use(
  items.unemploymentBenefit,
  ['申请人居民身份证', '本人银行账户（社保卡金融账户）'],
  [
    '在失业登记后申领；领取期间由失业保险基金代缴职工医保',
    'Claim after registering; while you draw it, the fund pays your employee medical insurance',
  ],
);
const keepPaying = use(
  items.flexibleInsurance,
  ['申请人居民身份证'],
  [
    '希望不中断养老、医保缴费的，可以灵活就业人员身份参保',
    'To keep your pension and medical insurance going, insure yourself as a flexible worker',
  ],
);
const difficulty = use(
  items.employmentDifficulty,
  ['申请人居民身份证', '困难情形证明'],
  [
    '认定后可享受公益性岗位安置、社保补贴等帮扶',
    'Once recognised you can get subsidised jobs and social insurance subsidies',
  ],
);
const residencePermit = material(['广东省居住证', 'Guangdong residence permit'], {
  eCertificateType: 'residence-permit',
  notes: ['非广州户籍在常住地办理失业登记时提供', 'Needed by non-Guangzhou hukou holders registering here'],
});

function leaf(local: boolean, kind: Insurance, difficult: boolean): ScenarioNode {
  const branchItems = [registration];
  if (kind === 'eligible') branchItems.push(benefit);
  else branchItems.push(keepPaying);
  if (difficult) branchItems.push(difficulty);
  const notes: Pair[] = [];
  if (kind === 'resigned') {
    notes.push([
      '主动辞职不能领取失业保险金，但可办理失业登记、享受公共就业服务',
      'Resigning rules out the benefit, but you can still register and use the public employment services',
    ]);
  }
  const who: Pair = local ? ['广州户籍', 'Guangzhou hukou'] : ['非广州户籍', 'non-Guangzhou hukou'];
  return outcome(
    [
      `${who[0]}・${insurance[kind].short[0]}${difficult ? '・就业困难人员' : ''}`,
      `${who[1]}, ${insurance[kind].short[1]}${difficult ? ', with employment difficulties' : ''}`,
    ],
    branchItems,
    { notes, additional: local ? [] : [residencePermit] },
  );
}

function nodes(): Record<string, ScenarioNode> {
  const all: Record<string, ScenarioNode> = {
    'q-hukou': question(
      ['您的户籍是？', 'Where is your household registration (hukou)?'],
      [
        ['local', ['广州市户籍', 'Guangzhou'], 'q-insurance-local'],
        [
          'nonlocal',
          ['非广州市户籍，在广州就业或居住', 'Elsewhere, but I work or live in Guangzhou'],
          'q-insurance-nonlocal',
        ],
      ],
    ),
  };
  const kinds = Object.keys(insurance) as Insurance[];
  all['q-insurance-local'] = question(
    ['离职前的失业保险情况是？', 'What was your unemployment insurance before you left?'],
    kinds.map((k) => [k, insurance[k].label, `q-difficulty-${k}`] as const),
  );
  all['q-insurance-nonlocal'] = question(
    ['离职前的失业保险情况是？', 'What was your unemployment insurance before you left?'],
    kinds.map((k) => [k, insurance[k].label, `leaf-nonlocal-${k}`] as const),
  );
  for (const kind of kinds) {
    all[`q-difficulty-${kind}`] = question(
      ['是否属于就业困难人员情形？', 'Do any of these apply to you?'],
      [
        ['yes', ['是', 'Yes'], `leaf-local-${kind}-difficult`],
        ['no', ['否', 'No'], `leaf-local-${kind}`],
      ],
      [
        '如女性40周岁、男性50周岁以上，残疾人，低保家庭成员，连续失业1年以上等',
        'E.g. a woman over 40 or a man over 50, a disability, a dibao household, out of work for a year or more',
      ],
    );
    all[`leaf-local-${kind}-difficult`] = leaf(true, kind, true);
    all[`leaf-local-${kind}`] = leaf(true, kind, false);
    all[`leaf-nonlocal-${kind}`] = leaf(false, kind, false);
  }
  return all;
}

/** 失业登记：户籍、失业保险缴费情况、就业困难认定。 */
export const unemployment = scenario(
  {
    id: 'unemployment',
    title: ['失业了怎么办', 'Losing your job'],
    intro: [
      '办理失业登记，看看能否领取失业保险金，以及如何继续缴纳社保和获得就业帮扶。',
      'Register as unemployed, see whether you can claim benefit, and keep your insurance and get help finding work.',
    ],
    lifeEvents: ['work'],
  },
  nodes(),
);
