import { common, defineItems, material, streetStations, weekdayHours } from './define.js';

export const housingItems = defineItems(
  'housing',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83100505' },
  [
    {
      n: 1,
      name: ['公共租赁住房申请', 'Application for public rental housing'],
      kind: 'administrative-payment',
      topics: ['housing'],
      lifeEvents: ['housing', 'hardship'],
      basis: [
        ['《公共租赁住房管理办法》', '第七条'],
        ['《广州市公共租赁住房保障办法》', '第十条'],
      ],
      conditions: [
        [
          '申请人具有本市户籍，家庭人均住房面积低于规定标准',
          'Household registered in the city, living space per person below the standard',
        ],
        ['家庭收入和资产符合本市公布的限额', 'Income and assets within the published limits'],
      ],
      materials: [
        common.idCard,
        common.householdRegister,
        common.form('ZJ-0001-F1', ['公共租赁住房申请表', 'Public rental housing application']),
        material(['家庭收入及资产申报表', 'Declaration of income and assets'], { templateForm: 'ZJ-0001-F2' }),
      ],
      days: [45, 30],
      visits: 1,
      outlets: streetStations,
      steps: [
        ['向户籍所在街道申请', 'Apply at your street office'],
        ['街道初审与公示', 'Street review and notice'],
        ['区住房保障部门复审', 'District review'],
        ['轮候与配租', 'Waiting list and allocation'],
      ],
      faq: [
        [
          ['新就业无房职工可以申请吗？', 'Can newly employed workers without a home apply?'],
          [
            '符合条件的可申请本市面向新就业无房职工的公租房，具体以当期公告为准。',
            'Yes, under the current call for newly employed workers, if they qualify.',
          ],
        ],
      ],
    },
    {
      n: 2,
      name: ['住房租赁补贴申请', 'Housing rental subsidy'],
      kind: 'administrative-payment',
      topics: ['housing'],
      lifeEvents: ['housing', 'hardship'],
      basis: [['《广州市住房保障办法》', '第二十二条']],
      conditions: [
        [
          '已取得公共租赁住房保障资格，选择领取租赁补贴',
          'Eligible for public rental housing and choosing a rent subsidy instead',
        ],
      ],
      materials: [common.idCard, material(['房屋租赁合同', 'Tenancy agreement'], { form: 'copy' }), common.bankCard],
      days: [45, 30],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['资格复核', 'Eligibility rechecked'],
        ['按季度发放', 'Paid quarterly'],
      ],
    },
    {
      n: 3,
      name: ['房屋租赁登记备案', 'Tenancy registration'],
      kind: 'public-service',
      audience: ['citizen', 'enterprise'],
      topics: ['housing'],
      lifeEvents: ['housing', 'moving'],
      basis: [['《商品房屋租赁管理办法》', '第十四条']],
      conditions: [['房屋租赁合同订立后30日内', 'Within 30 days after the tenancy agreement is signed']],
      materials: [
        material(['出租人、承租人身份证明', "Landlord's and tenant's identity documents"], { form: 'copy', count: 2 }),
        material(['房屋租赁合同', 'Tenancy agreement'], { form: 'electronic' }),
        material(['不动产权证书', 'Real estate title certificate'], {
          form: 'copy',
          eCertificateType: 'real-estate-certificate',
        }),
      ],
      days: [3, 1],
      visits: 0,
      steps: [
        ['网上签约并申请备案', 'Sign and register online'],
        ['审核', 'Review'],
        ['出具租赁登记备案证明', 'Registration certificate issued'],
      ],
    },
    {
      n: 4,
      name: ['建筑工程施工许可', 'Construction permit'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['permits'],
      basis: [
        ['《中华人民共和国建筑法》', '第七条、第八条'],
        ['《建筑工程施工许可管理办法》', '第四条、第六条'],
      ],
      conditions: [
        [
          '已取得规划许可、确定施工企业、施工图审查合格、资金落实',
          'Planning permit, contractor, approved drawings and funding in place',
        ],
      ],
      materials: [
        common.form('ZJ-0004-F1', ['建筑工程施工许可申请表', 'Construction permit application']),
        material(['建设工程规划许可证', 'Construction planning permit'], { form: 'electronic' }),
        material(['施工合同', 'Construction contract'], { form: 'electronic' }),
      ],
      days: [7, 3],
      visits: 0,
      steps: [
        ['在工程建设项目审批平台申报', 'Apply on the construction project approval platform'],
        ['审查', 'Review'],
        ['核发施工许可证（电子证照）', 'Electronic construction permit issued'],
      ],
    },
    {
      n: 5,
      name: ['既有住宅增设电梯备案', 'Adding a lift to an existing residential building'],
      kind: 'public-service',
      topics: ['housing', 'elderly'],
      lifeEvents: ['housing', 'retirement'],
      basis: [['《广州市既有住宅增设电梯办法》', '第八条']],
      conditions: [
        [
          '经本栋业主依法表决同意，并取得规划、消防等意见',
          'Agreed by the building’s owners and cleared for planning and fire safety',
        ],
      ],
      materials: [
        common.form('ZJ-0005-F1', ['增设电梯申请表', 'Lift addition application']),
        material(['业主表决及协议书', 'Owners’ vote and agreement'], { form: 'copy' }),
        material(['设计方案', 'Design plan'], { form: 'electronic' }),
      ],
      days: [20, 10],
      visits: 1,
      steps: [
        ['业主协商并表决', 'Owners consult and vote'],
        ['公示与申请', 'Public notice and application'],
        ['联合审查', 'Joint review'],
        ['备案并施工', 'Filing and construction'],
      ],
    },
  ],
);
