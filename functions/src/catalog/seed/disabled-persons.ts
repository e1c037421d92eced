import { common, defineItems, material, streetStations, weekdayHours } from './define.js';

export const disabledPersonsItems = defineItems(
  'disabled-persons',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83101313' },
  [
    {
      n: 1,
      name: ['残疾人证办理', 'Disability certificate'],
      kind: 'administrative-confirmation',
      topics: ['disability'],
      lifeEvents: ['disability'],
      basis: [
        ['《中华人民共和国残疾人保障法》', '第二条'],
        ['《中华人民共和国残疾人证管理办法》', '第八条'],
      ],
      conditions: [
        [
          '视力、听力、言语、肢体、智力、精神等残疾，经指定机构评定',
          'A visual, hearing, speech, physical, intellectual or mental disability assessed by a designated body',
        ],
      ],
      materials: [common.idCard, common.householdRegister, common.photos(3)],
      days: [25, 15],
      visits: 1,
      outlets: streetStations,
      steps: [
        ['网上或到街道申请', 'Apply online or at the street office'],
        ['到指定医院残疾评定', 'Assessment at a designated hospital'],
        ['审核发证（电子证照同步）', 'Review; certificate and e-certificate issued'],
      ],
      faq: [
        [
          ['评定需要费用吗？', 'Is the assessment charged?'],
          ['残疾评定费用按本市规定减免。', 'Assessment fees are waived or reduced under city rules.'],
        ],
      ],
    },
    {
      n: 2,
      name: ['困难残疾人生活补贴和重度残疾人护理补贴', 'Living and care subsidies for disabled persons'],
      kind: 'administrative-payment',
      topics: ['disability', 'social-assistance'],
      lifeEvents: ['disability', 'hardship'],
      basis: [['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》', '国发〔2015〕52号 第二条']],
      conditions: [
        [
          '持第二代残疾人证，属低保家庭或残疾等级为一、二级',
          'Holding a second-generation certificate, in a dibao family or with a grade 1–2 disability',
        ],
      ],
      materials: [common.disabilityCertificate, common.bankCard],
      days: [20, 10],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['街道审核、区级审定', 'Street review and district approval'],
        ['按月发放', 'Paid monthly'],
      ],
    },
    {
      n: 3,
      name: ['残疾人辅助器具适配', 'Assistive devices for disabled persons'],
      kind: 'public-service',
      topics: ['disability'],
      lifeEvents: ['disability'],
      basis: [['《中华人民共和国残疾人保障法》', '第五十四条']],
      conditions: [
        ['持有残疾人证，经评估需要辅助器具', 'Holding a disability certificate and assessed as needing a device'],
      ],
      materials: [
        common.disabilityCertificate,
        common.form('CL-0003-F1', ['辅助器具适配申请表', 'Assistive device application']),
      ],
      days: [20, 10],
      visits: 1,
      steps: [
        ['申请', 'Apply'],
        ['适配评估', 'Fitting assessment'],
        ['发放辅具', 'Device provided'],
      ],
    },
    {
      n: 4,
      name: ['用人单位安排残疾人就业情况审核', 'Review of an employer’s disabled employee quota'],
      kind: 'other-power',
      audience: ['enterprise'],
      topics: ['disability', 'employment'],
      lifeEvents: ['running-business'],
      basis: [['《残疾人就业条例》', '第八条、第九条']],
      conditions: [
        [
          '本区用人单位按不低于职工总数1.5%的比例安排残疾人就业',
          'District employers hiring disabled persons for at least 1.5% of their staff',
        ],
      ],
      materials: [
        common.businessLicence,
        material(['残疾职工劳动合同及残疾人证', 'Contracts and certificates of disabled employees'], { form: 'copy' }),
      ],
      days: [20, 10],
      visits: 0,
      steps: [
        ['网上申报', 'Declare online'],
        ['审核', 'Review'],
        ['出具审核结果', 'Result issued'],
      ],
    },
  ],
);
