import { common, defineItems, material, weekdayHours } from './define.js';

export const environmentItems = defineItems(
  'environment',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83100808' },
  [
    {
      n: 1,
      name: ['建设项目环境影响报告表审批', 'Approval of an environmental impact report form'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['environment', 'permits'],
      lifeEvents: ['running-business'],
      basis: [['《中华人民共和国环境影响评价法》', '第二十二条']],
      conditions: [['依法应当编制环境影响报告表的建设项目', 'A project that must file an impact report form']],
      materials: [
        common.form('HB-0001-F1', ['建设项目环境影响评价审批申请表', 'EIA approval application']),
        material(['环境影响报告表', 'Environmental impact report form'], { form: 'electronic' }),
      ],
      days: [30, 15],
      visits: 0,
      steps: [
        ['网上申报', 'Apply online'],
        ['技术评估', 'Technical review'],
        ['公示与审批', 'Notice and approval'],
      ],
    },
    {
      n: 2,
      name: ['排污许可证核发', 'Pollutant discharge permit'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['environment', 'permits'],
      lifeEvents: ['running-business'],
      basis: [['《排污许可管理条例》', '第十三条']],
      conditions: [['纳入排污许可管理名录的排污单位', 'A discharger listed in the permit catalogue']],
      materials: [
        material(['排污许可证申请表', 'Discharge permit application'], { form: 'electronic' }),
        common.businessLicence,
      ],
      days: [20, 15],
      visits: 0,
      steps: [
        ['全国排污许可证管理信息平台申报', 'Apply on the national permit platform'],
        ['审核', 'Review'],
        ['核发许可证', 'Permit issued'],
      ],
    },
    {
      n: 3,
      name: ['夜间施工作业证明', 'Night-time construction certificate'],
      kind: 'other-power',
      audience: ['enterprise'],
      topics: ['environment', 'city-management'],
      basis: [['《中华人民共和国噪声污染防治法》', '第四十三条']],
      conditions: [
        ['因生产工艺要求或者特殊需要必须连续施工作业', 'Continuous work required by the process or a special need'],
      ],
      materials: [
        common.form('HB-0003-F1', ['夜间施工申请表', 'Night work application']),
        material(['降噪措施方案及周边居民告知材料', 'Noise reduction plan and notice to residents'], { form: 'copy' }),
      ],
      days: [5, 3],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['审核', 'Review'],
        ['出具证明并公告', 'Certificate issued and posted'],
      ],
    },
  ],
);
