import { common, defineItems, material, weekdayHours } from './define.js';

export const humanResourcesItems = defineItems(
  'human-resources-social-security',
  { outlets: ['social-security-hall', 'district-service-centre'], hours: weekdayHours, consultation: '020-83100202' },
  [
    {
      n: 1,
      name: ['失业登记', 'Unemployment registration'],
      kind: 'public-service',
      topics: ['employment'],
      lifeEvents: ['work'],
      basis: [
        ['《中华人民共和国就业促进法》', '第四十二条'],
        ['《就业服务与就业管理规定》', '第六十三条'],
      ],
      conditions: [
        [
          '法定劳动年龄内、有劳动能力和就业要求、处于无业状态',
          'Of working age, able and willing to work, and without a job',
        ],
      ],
      materials: [common.idCard],
      days: [0, 0],
      visits: 0,
      steps: [
        ['在“粤省事”或社保网上服务平台提交', 'Apply on Yueshengshi or the social security website'],
        ['系统核验就业参保状态', 'Employment and insurance status checked'],
        [
          '登记完成，发放电子《就业创业证》',
          'Registered; electronic Employment and Entrepreneurship Certificate issued',
        ],
      ],
      faq: [
        [
          ['非本市户籍可以办理失业登记吗？', 'Can I register without a Guangzhou hukou?'],
          ['可以，在常住地（居住证所在地）办理。', 'Yes, where you habitually live (per your residence permit).'],
        ],
      ],
    },
    {
      n: 2,
      name: ['失业保险金申领', 'Claiming unemployment insurance benefit'],
      kind: 'administrative-payment',
      topics: ['social-security', 'employment'],
      lifeEvents: ['work'],
      basis: [
        ['《中华人民共和国社会保险法》', '第四十五条、第五十条'],
        ['《失业保险条例》', '第十四条'],
      ],
      conditions: [
        ['失业前用人单位和本人已缴纳失业保险费满一年', 'Unemployment insurance was paid for at least a year before'],
        ['非因本人意愿中断就业，且已办理失业登记', 'Employment ended involuntarily and unemployment is registered'],
      ],
      materials: [common.idCard, common.bankCard],
      days: [10, 3],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['审核参保缴费和离职原因', 'Contributions and the reason for leaving checked'],
        ['按月发放失业保险金', 'Benefit paid monthly'],
      ],
    },
    {
      n: 3,
      name: ['灵活就业人员参保登记', 'Social insurance registration for flexible workers'],
      kind: 'public-service',
      topics: ['social-security'],
      lifeEvents: ['work'],
      basis: [['《中华人民共和国社会保险法》', '第十条、第二十三条']],
      conditions: [
        [
          '无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就业人员',
          'Self-employed without employees, part-time and other flexible workers not insured through an employer',
        ],
      ],
      materials: [common.idCard],
      days: [0, 0],
      visits: 0,
      steps: [
        ['网上填报参保信息', 'Fill in the registration online'],
        ['签订缴费协议', 'Sign the payment agreement'],
        ['按月缴费', 'Pay monthly'],
      ],
    },
    {
      n: 4,
      name: ['就业登记（用人单位招用）', 'Employment registration by an employer'],
      kind: 'public-service',
      audience: ['enterprise'],
      topics: ['employment'],
      lifeEvents: ['work', 'running-business'],
      basis: [['《就业服务与就业管理规定》', '第六十二条']],
      conditions: [['用人单位招用劳动者，自录用之日起30日内办理', 'Within 30 days after an employer hires a worker']],
      materials: [common.businessLicence, material(['劳动合同', 'Employment contract'], { form: 'electronic' })],
      days: [0, 0],
      visits: 0,
      steps: [
        ['单位网上申报', 'The employer declares online'],
        ['系统校验', 'Automatic check'],
        ['登记完成', 'Registered'],
      ],
    },
    {
      n: 5,
      name: ['按月领取基本养老金申请（退休申请）', 'Application to retire and draw the basic pension'],
      kind: 'administrative-payment',
      topics: ['social-security', 'elderly'],
      lifeEvents: ['retirement'],
      basis: [
        ['《中华人民共和国社会保险法》', '第十六条'],
        ['《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》', '第一条'],
      ],
      conditions: [
        ['达到法定退休年龄', 'Statutory retirement age reached'],
        ['累计缴费满最低缴费年限', 'Contributions paid for at least the minimum number of years'],
      ],
      materials: [common.idCard, common.bankCard],
      days: [20, 10],
      visits: 0,
      steps: [
        ['单位或本人网上申报', 'The employer or the person applies online'],
        ['审核参保缴费和出生日期', 'Contributions and date of birth checked'],
        ['核定养老金，次月起发放', 'Pension assessed and paid from the next month'],
      ],
      faq: [
        [
          ['档案出生日期与身份证不一致怎么办？', 'What if my file and ID card disagree on my birth date?'],
          ['以本人档案最先记载的出生时间为准。', 'The earliest date recorded in the personnel file applies.'],
        ],
      ],
    },
    {
      n: 6,
      name: ['就业困难人员认定', 'Recognition as a person with employment difficulties'],
      kind: 'administrative-confirmation',
      topics: ['employment'],
      lifeEvents: ['work', 'hardship'],
      basis: [['《中华人民共和国就业促进法》', '第五十二条']],
      conditions: [
        [
          '已办理失业登记，属于大龄、残疾、低保家庭等就业困难群体',
          'Registered as unemployed and belonging to a group such as older workers, disabled persons or dibao families',
        ],
      ],
      materials: [common.idCard, material(['困难情形证明', 'Proof of the difficulty'], { form: 'copy' })],
      days: [15, 5],
      visits: 0,
      steps: [
        ['网上或到街道申请', 'Apply online or at the street office'],
        ['审核与公示', 'Review and public notice'],
        ['认定结果告知', 'Result notified'],
      ],
    },
    {
      n: 7,
      name: ['劳动人事争议仲裁申请', 'Labour dispute arbitration'],
      kind: 'administrative-ruling',
      audience: ['citizen', 'enterprise'],
      topics: ['employment'],
      lifeEvents: ['work'],
      basis: [['《中华人民共和国劳动争议调解仲裁法》', '第二十八条、第二十九条']],
      conditions: [
        [
          '申请人与本案有直接利害关系，有明确的被申请人和具体请求，属于仲裁委受理范围',
          'The applicant has a direct interest, a named respondent and specific claims within the commission’s competence',
        ],
      ],
      materials: [
        common.form('RS-0007-F1', ['仲裁申请书', 'Arbitration application']),
        common.idCard,
        material(['证据材料', 'Evidence'], { form: 'copy' }),
      ],
      days: [5, 5],
      visits: 1,
      outlets: ['labour-arbitration-court'],
      steps: [
        ['提交仲裁申请', 'File the application'],
        ['5日内决定是否受理', 'Decision on acceptance within 5 days'],
        ['开庭审理与裁决', 'Hearing and award'],
      ],
    },
  ],
);
