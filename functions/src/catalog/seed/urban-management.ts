import { common, defineItems, material, weekdayHours } from './define.js';

export const urbanManagementItems = defineItems(
  'urban-management',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83101515' },
  [
    {
      n: 1,
      name: ['户外招牌设置', 'Putting up an outdoor shop sign'],
      kind: 'administrative-licence',
      audience: ['citizen', 'enterprise'],
      topics: ['city-management', 'permits'],
      lifeEvents: ['starting-business', 'running-business'],
      basis: [
        ['《城市市容和环境卫生管理条例》', '第十一条'],
        ['《广州市户外广告和招牌设置管理办法》', '第十七条'],
      ],
      conditions: [
        [
          '在经营场所外墙设置招牌，符合本市招牌设置规范',
          'A sign on the premises’ outer wall, meeting the city’s sign rules',
        ],
      ],
      materials: [
        common.form('CG-0001-F1', ['招牌设置申请表', 'Sign application']),
        material(['招牌设计效果图', 'Design rendering'], { form: 'electronic' }),
        common.businessLicence,
      ],
      days: [20, 5],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['审核', 'Review'],
        ['作出决定', 'Decision'],
      ],
    },
    {
      n: 2,
      name: ['临时占用城市道路许可', 'Temporary occupation of a city road'],
      kind: 'administrative-licence',
      audience: ['citizen', 'enterprise'],
      topics: ['city-management', 'permits'],
      basis: [['《城市道路管理条例》', '第三十一条']],
      conditions: [['因特殊情况需要临时占用城市道路', 'A special need to occupy a road temporarily']],
      materials: [
        common.form('CG-0002-F1', ['临时占道申请表', 'Road occupation application']),
        material(['占道位置图和交通疏导方案', 'Site plan and traffic plan'], { form: 'copy' }),
      ],
      fee: [30, '《广东省城市道路占用费征收办法》（按面积和天数计算，示例为起征额）'],
      days: [20, 10],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['现场勘查', 'Site survey'],
        ['许可并缴费', 'Permit issued and fee paid'],
      ],
    },
    {
      n: 3,
      name: ['城市建筑垃圾处置核准', 'Approval for disposal of construction waste'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['city-management', 'environment'],
      basis: [['《城市建筑垃圾管理规定》', '第七条']],
      conditions: [
        ['建设、施工单位有建筑垃圾分类处置方案和运输合同', 'A sorting plan and a transport contract for the waste'],
      ],
      materials: [
        common.form('CG-0003-F1', ['建筑垃圾处置核准申请表', 'Construction waste application']),
        material(['运输合同和消纳场所证明', 'Transport contract and disposal site proof'], { form: 'copy' }),
      ],
      days: [20, 10],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['审核', 'Review'],
        ['核发处置证', 'Disposal permit issued'],
      ],
    },
  ],
);
