import { common, defineItems, material, weekdayHours } from './define.js';

export const cultureSportsItems = defineItems(
  'culture-sports',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83100909' },
  [
    {
      n: 1,
      name: ['营业性演出审批', 'Approval of a commercial performance'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['culture', 'permits'],
      lifeEvents: ['running-business'],
      basis: [['《营业性演出管理条例》', '第十三条']],
      conditions: [
        [
          '文艺表演团体或演出经纪机构在本区举办营业性演出',
          'A troupe or agency holding a commercial show in the district',
        ],
      ],
      materials: [
        common.form('WG-0001-F1', ['营业性演出申请登记表', 'Performance application']),
        material(['演出节目内容材料', 'Programme content'], { form: 'electronic' }),
        material(['演出场所合同', 'Venue contract'], { form: 'copy' }),
      ],
      days: [3, 2],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['内容审核', 'Content review'],
        ['作出批准决定', 'Decision'],
      ],
    },
    {
      n: 2,
      name: ['娱乐场所经营许可', 'Entertainment venue licence'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['culture', 'permits'],
      lifeEvents: ['running-business', 'starting-business'],
      basis: [['《娱乐场所管理条例》', '第九条、第十一条']],
      conditions: [
        ['场所符合消防、治安和与学校距离等规定', 'Premises meet fire, public order and distance-from-school rules'],
      ],
      materials: [
        common.form('WG-0002-F1', ['娱乐经营许可申请表', 'Entertainment licence application']),
        common.businessLicence,
        common.premises,
      ],
      days: [20, 10],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['实地检查与听证公示', 'Site inspection and public notice'],
        ['核发娱乐经营许可证', 'Licence issued'],
      ],
    },
    {
      n: 3,
      name: ['高危险性体育项目（游泳）经营许可', 'Licence for high-risk sports (swimming)'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['culture', 'permits'],
      lifeEvents: ['running-business'],
      basis: [
        ['《全民健身条例》', '第三十二条'],
        ['《经营高危险性体育项目许可管理办法》', '第六条'],
      ],
      conditions: [
        ['有符合标准的场所设施、救生员和社会体育指导人员', 'Venue to standard, lifeguards and sports instructors'],
      ],
      materials: [
        common.form('WG-0003-F1', ['高危险性体育项目经营申请表', 'High-risk sports application']),
        material(['救生员资格证书', 'Lifeguard certificates'], { form: 'copy' }),
        common.premises,
      ],
      days: [30, 15],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['现场核查', 'Site inspection'],
        ['作出许可决定', 'Decision'],
      ],
    },
  ],
);
