import { common, defineItems, material, weekdayHours } from './define.js';

export const veteransAffairsItems = defineItems(
  'veterans-affairs',
  { outlets: ['veterans-service-centre'], hours: weekdayHours, consultation: '020-83101414' },
  [
    {
      n: 1,
      name: ['退役士兵自主就业一次性经济补助', 'One-off grant for self-employed discharged soldiers'],
      kind: 'administrative-payment',
      topics: ['veterans'],
      lifeEvents: ['military-service', 'work'],
      basis: [
        ['《中华人民共和国退役军人保障法》', '第二十二条'],
        ['《退役士兵安置条例》', '第十八条'],
      ],
      conditions: [
        [
          '选择自主就业并在规定时间内报到的退役士兵',
          'Discharged soldiers choosing self-employment who reported in time',
        ],
      ],
      materials: [common.idCard, material(['退出现役证', 'Discharge certificate']), common.bankCard],
      days: [20, 10],
      visits: 1,
      steps: [
        ['报到并申请', 'Report and apply'],
        ['审核', 'Review'],
        ['发放补助', 'Grant paid'],
      ],
    },
    {
      n: 2,
      name: ['优待证申领', 'Preferential treatment card'],
      kind: 'public-service',
      topics: ['veterans'],
      lifeEvents: ['military-service'],
      basis: [['《中华人民共和国退役军人保障法》', '第六十一条']],
      conditions: [
        ['户籍在本区的退役军人和其他优抚对象', 'Veterans and other entitled persons registered in the district'],
      ],
      materials: [common.idCard, common.photos(1)],
      days: [20, 10],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['信息核验', 'Details verified'],
        ['制证发放', 'Card made and issued'],
      ],
    },
    {
      n: 3,
      name: ['残疾等级评定（伤残抚恤）', 'Disability grading for war or service injuries'],
      kind: 'administrative-confirmation',
      topics: ['veterans', 'disability'],
      lifeEvents: ['military-service', 'disability'],
      basis: [['《军人抚恤优待条例》', '第二十四条']],
      conditions: [['因战、因公、因病致残的退役军人等', 'Veterans disabled in war, on duty or by illness']],
      materials: [
        common.idCard,
        material(['致残原始档案材料', 'Original records of the injury'], { form: 'copy' }),
        material(['医疗诊断证明', 'Medical diagnosis']),
      ],
      days: [60, 30],
      visits: 2,
      steps: [
        ['申请', 'Apply'],
        ['医疗卫生专家小组鉴定', 'Assessment by a medical panel'],
        ['逐级审核与公示', 'Review and public notice'],
        ['评定并发证', 'Grade set and certificate issued'],
      ],
    },
  ],
);
