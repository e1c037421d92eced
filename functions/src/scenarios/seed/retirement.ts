import type { ScenarioNode } from '../model.js';
import { items, outcome, question, scenario, use, type Pair } from './define.js';

const pension = (note: Pair) => use(items.retirement, ['申请人居民身份证', '本人银行账户（社保卡金融账户）'], note);
const careElsewhere = use(
  items.medicalCareElsewhere,
  ['申请人居民身份证', '个人承诺书'],
  [
    '备案为“异地长期居住人员”，在居住地就医可直接结算',
    'Register as living long-term in another province to settle medical bills directly there',
  ],
);

const byEmployer: Pair = [
  '一般由单位在到龄前为您申报，您只需提供材料',
  'Usually your employer files it before you reach the age; you supply the documents',
];
const byCivilService: Pair = [
  '由所在单位报人事主管部门审批退休后，向社保经办机构申报待遇核定',
  'Your unit has retirement approved by its personnel authority, then files the pension with the social insurance agency',
];
const bySelf: Pair = [
  '到龄当月起由本人申请，可网上办理',
  'Apply yourself from the month you reach the age, also online',
];

function pensionLeaf(who: Pair, note: Pair, elsewhere: boolean): ScenarioNode {
  return outcome(
    [
      `${who[0]}・${elsewhere ? '退休后在外省居住' : '在广州养老'}`,
      `${who[1]}, ${elsewhere ? 'living in another province' : 'staying in Guangzhou'}`,
    ],
    [pension(note), ...(elsewhere ? [careElsewhere] : [])],
    {
      notes: [
        [
          '法定退休年龄按国家渐进式延迟退休规定计算，可在“广东人社”查询本人退休年龄',
          'The statutory retirement age follows the national gradual-increase rules; look yours up on the Guangdong HRSS service',
        ],
      ],
    },
  );
}

const elsewhereQuestion = (prefix: string) =>
  question(
    ['退休后是否长期在外省居住？', 'Will you live in another province after retiring?'],
    [
      ['yes', ['是', 'Yes'], `leaf-${prefix}-elsewhere`],
      ['no', ['否，留在广州', 'No, I stay in Guangzhou'], `leaf-${prefix}-local`],
    ],
  );

const yearsQuestion = (prefix: string) =>
  question(
    ['职工养老保险累计缴费是否已满15年？', 'Have you paid into the employee pension for 15 years in all?'],
    [
      ['yes', ['已满15年', 'Yes, 15 years or more'], `q-elsewhere-${prefix}`],
      ['no', ['不满15年', 'Less than 15 years'], `leaf-${prefix}-short`],
    ],
    ['含视同缴费年限和在外地的缴费年限', 'Including deemed years and years paid in other cities'],
  );

const seniorCanteen = use(
  items.seniorCanteen,
  ['申请人居民身份证'],
  ['60周岁及以上可申请', 'For people aged 60 and over'],
);
const residentsPension = (note: Pair) => use(items.residentsPension, ['申请人居民身份证', '居民户口簿'], note);

/** 退休：企业职工、机关事业单位、灵活就业、城乡居民。 */
export const retirement = scenario(
  {
    id: 'retirement',
    title: ['退休一件事', 'Retiring'],
    intro: [
      '根据参保身份和缴费情况，列出申领养老金以及退休后医保、养老服务要办的事项。',
      'Claiming your pension, and the medical insurance and elderly services that follow, for your situation.',
    ],
    lifeEvents: ['retirement'],
  },
  {
    'q-type': question(
      ['您目前以什么身份参加养老保险？', 'How are you covered by the pension system?'],
      [
        [
          'enterprise',
          ['企业职工（由单位参保）', 'Employee of a company (insured by the employer)'],
          'q-years-enterprise',
        ],
        ['public', ['机关事业单位工作人员', 'Civil servant or public institution staff'], 'q-elsewhere-public'],
        [
          'flexible',
          ['灵活就业人员（以个人身份参加职工社保）', 'Flexibly employed (insured as an individual)'],
          'q-years-flexible',
        ],
        ['resident', ['没有参加职工养老保险', 'Not in the employee pension scheme'], 'q-age-resident'],
      ],
    ),
    'q-years-enterprise': yearsQuestion('enterprise'),
    'q-years-flexible': yearsQuestion('flexible'),
    'q-elsewhere-enterprise': elsewhereQuestion('enterprise'),
    'q-elsewhere-public': elsewhereQuestion('public'),
    'q-elsewhere-flexible': elsewhereQuestion('flexible'),
    'q-age-resident': question(
      ['您的年龄是？', 'How old are you?'],
      [
        ['under-60', ['未满60周岁', 'Under 60'], 'leaf-resident-enrol'],
        ['60-79', ['60至79周岁', '60 to 79'], 'leaf-resident-claim'],
        ['80-plus', ['80周岁及以上', '80 or over'], 'leaf-resident-80'],
      ],
    ),
    'leaf-enterprise-local': pensionLeaf(['企业职工', 'Company employee'], byEmployer, false),
    'leaf-enterprise-elsewhere': pensionLeaf(['企业职工', 'Company employee'], byEmployer, true),
    'leaf-public-local': pensionLeaf(['机关事业单位', 'Civil service'], byCivilService, false),
    'leaf-public-elsewhere': pensionLeaf(['机关事业单位', 'Civil service'], byCivilService, true),
    'leaf-flexible-local': pensionLeaf(['灵活就业人员', 'Flexibly employed'], bySelf, false),
    'leaf-flexible-elsewhere': pensionLeaf(['灵活就业人员', 'Flexibly employed'], bySelf, true),
    'leaf-enterprise-short': outcome(
      ['企业职工・缴费不满15年', 'Company employee, under 15 years paid'],
      [
        use(
          items.flexibleInsurance,
          ['申请人居民身份证'],
          [
            '离开单位后以灵活就业人员身份延长缴费至满15年，再申请按月领取养老金',
            'After leaving the employer, keep paying as a flexible worker until 15 years, then claim the pension',
          ],
        ),
      ],
      {
        notes: [
          [
            '也可申请将职工养老保险转入城乡居民养老保险，或终止关系并一次性领取个人账户储存额',
            "You may instead transfer to the residents' pension, or close the account and take the individual account balance",
          ],
        ],
      },
    ),
    'leaf-flexible-short': outcome(
      ['灵活就业人员・缴费不满15年', 'Flexibly employed, under 15 years paid'],
      [
        residentsPension([
          '选择转入城乡居民养老保险时办理；也可继续以灵活就业身份缴费至满15年',
          "If you transfer to the residents' pension; or keep paying as a flexible worker until 15 years",
        ]),
      ],
    ),
    'leaf-resident-enrol': outcome(
      ['城乡居民・未满60周岁', 'Residents’ pension, under 60'],
      [
        residentsPension([
          '参保并按年缴费，年满60周岁、累计缴费满15年后按月领取',
          'Enrol and pay yearly; draw it monthly from 60 after 15 years',
        ]),
      ],
    ),
    'leaf-resident-claim': outcome(
      ['城乡居民・60至79周岁', 'Residents’ pension, 60 to 79'],
      [
        residentsPension([
          '已参保的到户籍所在街道申领待遇；未参保的按规定补缴后领取',
          'If enrolled, claim at your street office; if not, pay the missing years first',
        ]),
        seniorCanteen,
      ],
    ),
    'leaf-resident-80': outcome(
      ['城乡居民・80周岁及以上', 'Residents’ pension, 80 or over'],
      [
        residentsPension(['到户籍所在街道申领待遇', 'Claim at your street office']),
        use(items.elderAllowance, ['申请人居民身份证', '本人银行账户（社保卡金融账户）']),
        seniorCanteen,
        use(
          items.homeCare,
          ['申请人居民身份证', '居家养老服务资助申请表'],
          ['经评估符合条件的可获居家养老服务资助', 'Granted after a needs assessment'],
        ),
      ],
    ),
  },
);
