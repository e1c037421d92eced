import { common, defineItems, material, streetStations, weekdayHours } from './define.js';

export const streetOfficeItems = defineItems(
  'street-office',
  { outlets: streetStations, hours: weekdayHours, consultation: '020-83101010' },
  [
    {
      n: 1,
      name: ['居家养老服务资助申请', 'Home care service subsidy'],
      kind: 'administrative-payment',
      topics: ['elderly'],
      lifeEvents: ['retirement'],
      basis: [['《广州市社区居家养老服务管理办法》', '第十八条']],
      conditions: [
        [
          '本区户籍60周岁以上，经评估符合资助条件的老年人',
          'Registered residents aged 60 or over, assessed as eligible',
        ],
      ],
      materials: [
        common.idCard,
        common.form('JD-0001-F1', ['居家养老服务资助申请表', 'Home care subsidy application']),
      ],
      days: [15, 10],
      visits: 1,
      steps: [
        ['到街道申请', 'Apply at the street office'],
        ['照护需求评估', 'Care needs assessment'],
        ['审批并安排服务', 'Approval and service arranged'],
      ],
    },
    {
      n: 2,
      name: ['长者饭堂助餐服务申请', 'Meals at a seniors’ canteen'],
      kind: 'public-service',
      topics: ['elderly'],
      lifeEvents: ['retirement'],
      basis: [['《广州市养老服务条例》', '第二十六条']],
      conditions: [['本市户籍60周岁以上老年人', 'City residents aged 60 or over']],
      materials: [common.idCard],
      days: [5, 1],
      visits: 0,
      steps: [
        ['网上或到长者饭堂登记', 'Sign up online or at a canteen'],
        ['核对补贴类别', 'Subsidy class checked'],
        ['开始就餐', 'Start eating there'],
      ],
    },
    {
      n: 3,
      name: ['计划生育家庭特别扶助金申请', 'Special support for family-planning families'],
      kind: 'administrative-payment',
      topics: ['social-assistance', 'health'],
      lifeEvents: ['having-a-child', 'hardship'],
      basis: [['《中华人民共和国人口与计划生育法》', '第三十一条']],
      conditions: [
        [
          '独生子女死亡或伤残，夫妻女方年满49周岁，未再生育或收养子女',
          'An only child died or is disabled, the wife is 49 or over and there is no other child',
        ],
      ],
      materials: [
        common.bothIdCards,
        common.householdRegister,
        material(['子女死亡或伤残证明', "Proof of the child's death or disability"], { form: 'copy' }),
      ],
      days: [20, 10],
      visits: 1,
      steps: [
        ['到街道申请', 'Apply at the street office'],
        ['审核与公示', 'Review and notice'],
        ['按月发放', 'Paid monthly'],
      ],
    },
    {
      n: 4,
      name: ['城乡居民基本养老保险参保登记', 'Enrolment in the urban and rural residents’ pension'],
      kind: 'public-service',
      topics: ['social-security'],
      lifeEvents: ['retirement', 'work'],
      basis: [['《中华人民共和国社会保险法》', '第二十条、第二十二条']],
      conditions: [
        [
          '年满16周岁，不符合职工基本养老保险参保条件的本市户籍居民',
          'City residents aged 16 or over not covered by the employees’ pension',
        ],
      ],
      materials: [common.idCard, common.householdRegister],
      days: [0, 0],
      visits: 0,
      steps: [
        ['网上或到街道登记', 'Enrol online or at the street office'],
        ['选择缴费档次', 'Choose a contribution level'],
      ],
    },
  ],
);
