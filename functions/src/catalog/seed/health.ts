import { common, defineItems, material, weekdayHours } from './define.js';

export const healthItems = defineItems(
  'health',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83100404' },
  [
    {
      n: 1,
      name: ['出生医学证明首次签发', 'First issue of the medical birth certificate'],
      kind: 'administrative-confirmation',
      topics: ['health', 'household'],
      lifeEvents: ['birth', 'having-a-child'],
      basis: [['《中华人民共和国母婴保健法》', '第二十三条']],
      conditions: [['在本区助产机构出生的新生儿', 'A baby born at a midwifery institution in the district']],
      materials: [
        material(['父母双方居民身份证', "Both parents' resident ID cards"], {
          count: 2,
          eCertificateType: 'resident-id-card',
        }),
        common.form('WJ-0001-F1', ['出生医学证明自填单', 'Birth certificate details form']),
      ],
      days: [0, 0],
      visits: 0,
      outlets: ['district-service-centre'],
      steps: [
        ['在助产机构或网上核对新生儿信息', 'Check the baby’s details at the hospital or online'],
        ['签发出生医学证明（电子证照同步生成）', 'The certificate is issued (with its e-certificate)'],
      ],
      faq: [
        [
          ['出生医学证明信息有误怎么办？', 'What if the birth certificate is wrong?'],
          ['持原证到签发机构申请换发。', 'Apply for a corrected one at the issuing institution with the original.'],
        ],
      ],
    },
    {
      n: 2,
      name: ['出生医学证明补发', 'Replacement medical birth certificate'],
      kind: 'administrative-confirmation',
      topics: ['health', 'household'],
      lifeEvents: ['birth'],
      basis: [['《中华人民共和国母婴保健法》', '第二十三条']],
      conditions: [
        ['出生医学证明遗失，且在本区助产机构出生', 'The certificate was lost and the child was born in the district'],
      ],
      materials: [
        material(['父母双方居民身份证', "Both parents' resident ID cards"], {
          count: 2,
          eCertificateType: 'resident-id-card',
        }),
        common.form('WJ-0002-F1', ['出生医学证明补发申请表', 'Application for a replacement']),
        material(['新生儿户口登记页', "Child's household register page"], { form: 'copy', required: false }),
      ],
      days: [20, 10],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['核查出生档案', 'Birth records checked'],
        ['补发证明', 'Replacement issued'],
      ],
    },
    {
      n: 3,
      name: ['公共场所卫生许可', 'Public place hygiene licence'],
      kind: 'administrative-licence',
      audience: ['citizen', 'enterprise'],
      topics: ['permits', 'health'],
      lifeEvents: ['running-business'],
      basis: [
        ['《公共场所卫生管理条例》', '第八条'],
        ['《公共场所卫生管理条例实施细则》', '第二十二条'],
      ],
      conditions: [
        [
          '宾馆、美容美发、游泳场所等公共场所，卫生设施和从业人员健康合格',
          'Hotels, salons, swimming venues and the like, with adequate facilities and healthy staff',
        ],
      ],
      materials: [
        common.form('WJ-0003-F1', ['公共场所卫生许可申请表', 'Hygiene licence application']),
        common.businessLicence,
        material(['场所平面图和卫生设施布局图', 'Floor plan and hygiene facility layout'], { form: 'copy' }),
        material(['卫生检测报告', 'Hygiene test report'], { form: 'copy' }),
      ],
      days: [20, 10],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['现场审查', 'Site inspection'],
        ['作出许可决定', 'Decision'],
      ],
    },
    {
      n: 4,
      name: ['生育登记', 'Birth registration for family planning'],
      kind: 'public-service',
      topics: ['health'],
      lifeEvents: ['having-a-child', 'birth'],
      basis: [
        ['《中华人民共和国人口与计划生育法》', '第十八条'],
        ['《广东省人口与计划生育条例》', '第十九条'],
      ],
      conditions: [['夫妻任一方户籍在本区或在本区居住', 'Either spouse is registered or lives in the district']],
      materials: [common.bothIdCards],
      days: [0, 0],
      visits: 0,
      steps: [
        ['在“粤省事”填报', 'Fill in on Yueshengshi'],
        ['登记完成', 'Registered'],
      ],
    },
    {
      n: 5,
      name: ['医疗机构执业登记', 'Practice registration of a medical institution'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['permits', 'health'],
      lifeEvents: ['starting-business'],
      basis: [['《医疗机构管理条例》', '第十五条、第十七条']],
      conditions: [
        [
          '符合医疗机构基本标准，有相应的场所、设备和卫生技术人员',
          'Meets the basic standards with suitable premises, equipment and qualified staff',
        ],
      ],
      materials: [
        common.form('WJ-0005-F1', ['医疗机构执业登记申请书', 'Practice registration application']),
        material(['卫生技术人员执业证书', "Health professionals' practice certificates"], { form: 'copy' }),
        common.premises,
      ],
      days: [45, 20],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['现场审核', 'Site inspection'],
        ['核发医疗机构执业许可证', 'Practice licence issued'],
      ],
    },
    {
      n: 6,
      name: ['预防接种证办理', 'Vaccination certificate for a child'],
      kind: 'public-service',
      topics: ['health'],
      lifeEvents: ['birth'],
      basis: [['《中华人民共和国疫苗管理法》', '第四十七条']],
      conditions: [
        [
          '儿童出生后1个月内，在居住地接种单位建立预防接种证',
          'Within a month of birth, at the vaccination clinic where the child lives',
        ],
      ],
      materials: [
        common.birthCertificate,
        material(['监护人居民身份证', "Guardian's resident ID card"], { eCertificateType: 'resident-id-card' }),
      ],
      days: [0, 0],
      visits: 1,
      outlets: ['community-health-centres'],
      steps: [
        ['到社区卫生服务中心接种门诊', 'Visit the community health centre’s vaccination clinic'],
        ['建证建卡', 'Certificate and card issued'],
      ],
    },
  ],
);
