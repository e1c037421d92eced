import { common, defineItems, material, weekdayHours } from './define.js';

export const medicalInsuranceItems = defineItems(
  'medical-insurance',
  { outlets: ['medical-insurance-hall', 'district-service-centre'], hours: weekdayHours, consultation: '020-83101111' },
  [
    {
      n: 1,
      name: ['城乡居民医疗保险参保登记', 'Enrolment in residents’ medical insurance'],
      kind: 'public-service',
      topics: ['social-security', 'health'],
      lifeEvents: ['birth', 'school'],
      basis: [['《中华人民共和国社会保险法》', '第二十五条']],
      conditions: [
        [
          '本市户籍或持居住证的非从业居民、学生和新生儿',
          'City residents, residence-permit holders without a job, students and newborns',
        ],
      ],
      materials: [common.idCard],
      days: [0, 0],
      visits: 0,
      steps: [
        ['网上登记（新生儿可在出生“一件事”中办理）', 'Enrol online (newborns through the birth bundle)'],
        ['缴费', 'Pay the contribution'],
      ],
    },
    {
      n: 2,
      name: ['跨省异地就医备案', 'Registration for medical treatment in another province'],
      kind: 'public-service',
      topics: ['health', 'social-security'],
      lifeEvents: ['health-care', 'retirement'],
      basis: [['《中华人民共和国社会保险法》', '第二十九条']],
      conditions: [
        [
          '异地长期居住、常驻工作或转诊就医的参保人',
          'Insured people living or working elsewhere, or referred for treatment',
        ],
      ],
      materials: [common.idCard, material(['个人承诺书', 'Personal undertaking'], { form: 'electronic' })],
      days: [0, 0],
      visits: 0,
      steps: [
        ['在国家医保服务平台申请', 'Apply on the national medical insurance app'],
        ['即时备案', 'Registered at once'],
      ],
    },
    {
      n: 3,
      name: ['门诊特定病种待遇认定', 'Recognition of a designated outpatient condition'],
      kind: 'administrative-confirmation',
      topics: ['health', 'social-security'],
      lifeEvents: ['health-care', 'disability'],
      basis: [['《广州市社会医疗保险办法》', '第三十九条']],
      conditions: [['参保人确诊患有规定的门诊特定病种', 'The insured is diagnosed with a designated condition']],
      materials: [common.idCard, material(['病历及诊断证明', 'Medical records and diagnosis'], { form: 'copy' })],
      days: [10, 5],
      visits: 0,
      steps: [
        ['在定点医疗机构申请', 'Apply at a designated hospital'],
        ['医保审核', 'Review'],
        ['享受门特待遇', 'Benefit starts'],
      ],
    },
    {
      n: 4,
      name: ['生育津贴申领', 'Maternity allowance'],
      kind: 'administrative-payment',
      topics: ['social-security'],
      lifeEvents: ['having-a-child'],
      basis: [['《中华人民共和国社会保险法》', '第五十四条、第五十六条']],
      conditions: [['用人单位已为职工缴纳生育保险', 'The employer paid maternity insurance for the employee']],
      materials: [common.idCard, common.birthCertificate, common.bankCard],
      days: [10, 5],
      visits: 0,
      steps: [
        ['单位或个人网上申请', 'The employer or the employee applies online'],
        ['审核', 'Review'],
        ['发放津贴', 'Allowance paid'],
      ],
    },
  ],
);
