import { common, defineItems, material, weekdayHours } from './define.js';

export const taxItems = defineItems(
  'tax',
  { outlets: ['tax-service-hall'], hours: weekdayHours, consultation: '12366' },
  [
    {
      n: 1,
      name: ['个人所得税综合所得年度汇算', 'Annual individual income tax reconciliation'],
      kind: 'other-power',
      topics: ['taxation'],
      lifeEvents: ['work'],
      basis: [['《中华人民共和国个人所得税法》', '第十一条']],
      conditions: [
        ['取得综合所得需要补税或申请退税的纳税人', 'Taxpayers with comprehensive income who owe or are owed tax'],
      ],
      materials: [common.idCard],
      days: [0, 0],
      visits: 0,
      steps: [
        ['在“个人所得税”App填报', 'File on the Individual Income Tax app'],
        ['补税或申请退税', 'Pay or claim a refund'],
      ],
    },
    {
      n: 2,
      name: ['发票领用', 'Obtaining invoices'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['taxation'],
      lifeEvents: ['running-business', 'starting-business'],
      basis: [['《中华人民共和国发票管理办法》', '第十五条']],
      conditions: [['已办理税务信息确认的纳税人', 'Taxpayers whose tax details are confirmed']],
      materials: [material(['经办人身份证件', "Agent's identity document"], { eCertificateType: 'resident-id-card' })],
      days: [5, 1],
      visits: 0,
      steps: [
        ['电子税务局申请', 'Apply in the e-tax bureau'],
        ['核定发票种类及数量', 'Invoice types and quantities set'],
        ['开具数电发票', 'Issue digital invoices'],
      ],
    },
    {
      n: 3,
      name: ['新办纳税人涉税事项（税务信息确认）', 'Tax set-up for a new taxpayer'],
      kind: 'other-power',
      audience: ['citizen', 'enterprise'],
      topics: ['taxation'],
      lifeEvents: ['starting-business'],
      basis: [['《中华人民共和国税收征收管理法》', '第十五条']],
      conditions: [['已领取营业执照', 'A business licence has been issued']],
      materials: [common.businessLicence],
      days: [0, 0],
      visits: 0,
      steps: [
        ['电子税务局确认登记信息', 'Confirm details in the e-tax bureau'],
        ['税费种认定', 'Taxes assigned'],
      ],
    },
    {
      n: 4,
      name: ['清税证明（注销税务登记）', 'Tax clearance certificate'],
      kind: 'other-power',
      audience: ['citizen', 'enterprise'],
      topics: ['taxation'],
      lifeEvents: ['closing-business'],
      basis: [
        ['《中华人民共和国税收征收管理法》', '第十六条'],
        ['《中华人民共和国税收征收管理法实施细则》', '第十五条'],
      ],
      conditions: [
        ['已结清应纳税款、滞纳金、罚款，缴销发票', 'All tax, late fees and fines paid and invoices cancelled'],
      ],
      materials: [common.form('SW-0004-F1', ['清税申报表', 'Tax clearance declaration'])],
      days: [20, 5],
      visits: 0,
      steps: [
        ['电子税务局申请', 'Apply in the e-tax bureau'],
        ['清缴税款及发票', 'Taxes settled and invoices cancelled'],
        ['出具清税证明', 'Clearance certificate issued'],
      ],
    },
  ],
);
