import { common, defineItems, material } from './define.js';

const policeStations = ['police-household-windows'];

export const householdRegistrationItems = defineItems(
  'household-registration',
  {
    outlets: policeStations,
    hours: ['周一至周六 9:00-12:00，14:00-17:30', 'Mon–Sat 9:00–12:00 and 14:00–17:30'],
    consultation: '020-83100606',
  },
  [
    {
      n: 1,
      name: ['出生登记（新生儿入户）', 'Birth registration of a newborn (hukou)'],
      kind: 'administrative-confirmation',
      topics: ['household'],
      lifeEvents: ['birth', 'having-a-child'],
      basis: [['《中华人民共和国户口登记条例》', '第七条']],
      conditions: [
        [
          '婴儿出生后一个月以内，随父或母在本区户籍入户',
          'Within a month of birth, registered with a parent who has a household in the district',
        ],
      ],
      materials: [
        common.birthCertificate,
        common.householdRegister,
        material(['父母双方居民身份证', "Both parents' resident ID cards"], {
          count: 2,
          eCertificateType: 'resident-id-card',
        }),
        material(['父母结婚证', "Parents' marriage certificate"], {
          eCertificateType: 'marriage-certificate',
          required: false,
        }),
      ],
      days: [0, 0],
      visits: 0,
      steps: [
        ['“穗好办”或“粤省事”网上申报（出生“一件事”）', 'Apply online in the birth “one thing” bundle'],
        ['户籍民警审核', 'Reviewed by the household registration officer'],
        ['户口簿邮寄或窗口领取', 'Household register posted or collected'],
      ],
      faq: [
        [
          ['超过一个月没有入户怎么办？', 'What if the baby was not registered within a month?'],
          ['仍可申报，按规定补录出生登记。', 'You can still apply; the registration is made late under the rules.'],
        ],
      ],
    },
    {
      n: 2,
      name: ['居住证办理', 'Residence permit'],
      kind: 'administrative-confirmation',
      topics: ['household'],
      lifeEvents: ['moving', 'work'],
      basis: [
        ['《居住证暂行条例》', '第二条、第九条'],
        ['《广东省流动人口服务管理条例》', '第十五条'],
      ],
      conditions: [
        [
          '在本市居住半年以上，有合法稳定就业、住所或连续就读',
          'Living in the city for six months with stable work, housing or study',
        ],
      ],
      materials: [
        common.idCard,
        material(['居住登记凭证', 'Proof of residence registration'], { form: 'electronic' }),
        material(['就业、住所或就读证明', 'Proof of work, housing or study'], { form: 'copy' }),
      ],
      days: [15, 10],
      visits: 1,
      outlets: ['migrant-service-stations'],
      steps: [
        ['网上或到来穗人员服务管理站申请', 'Apply online or at the migrant service station'],
        ['审核', 'Review'],
        ['领取居住证', 'Collect the permit'],
      ],
    },
    {
      n: 3,
      name: ['居民身份证申领、换领', 'Resident ID card: first issue or renewal'],
      kind: 'administrative-confirmation',
      topics: ['household'],
      lifeEvents: ['birth', 'school', 'moving'],
      basis: [
        ['《中华人民共和国居民身份证法》', '第八条、第十一条'],
        ['《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》', '第一条'],
      ],
      conditions: [
        [
          '本区户籍居民首次申领，或证件有效期满、损坏需换领',
          'First card for a district resident, or a card expired or damaged',
        ],
      ],
      materials: [common.householdRegister, material(['原居民身份证', 'Old resident ID card'], { required: false })],
      fee: [20, '发改价格〔2003〕2322号'],
      days: [60, 20],
      visits: 1,
      steps: [
        ['到派出所户籍窗口采集照片和指纹', 'Photo and fingerprints taken at the police station'],
        ['审核制证', 'Card produced'],
        ['邮寄或窗口领取', 'Posted or collected'],
      ],
      faq: [
        [
          ['外地户籍可以在广州换领身份证吗？', 'Can I renew my ID card in Guangzhou with a hukou elsewhere?'],
          ['可以，居民身份证已实现全国异地办理。', 'Yes. ID cards can be renewed anywhere in the country.'],
        ],
      ],
    },
    {
      n: 4,
      name: ['临时居民身份证申领', 'Temporary resident ID card'],
      kind: 'administrative-confirmation',
      topics: ['household'],
      lifeEvents: ['moving'],
      basis: [['《临时居民身份证管理办法》', '第四条、第九条']],
      conditions: [
        ['正在申领、换领或补领居民身份证期间急需使用', 'Urgently needed while a resident ID card is being made'],
      ],
      materials: [common.householdRegister, common.photos(1)],
      fee: [10, '发改价格〔2005〕436号'],
      days: [3, 1],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['审核制证', 'Card produced'],
        ['领取', 'Collect'],
      ],
    },
    {
      n: 5,
      name: ['市内户口迁移', 'Moving a household registration within the city'],
      kind: 'administrative-confirmation',
      topics: ['household'],
      lifeEvents: ['moving', 'housing'],
      basis: [['《中华人民共和国户口登记条例》', '第十条']],
      conditions: [['在本市有合法固定住所', 'A lawful fixed home in the city']],
      materials: [
        common.householdRegister,
        common.idCard,
        material(['不动产权证书', 'Real estate title certificate'], { eCertificateType: 'real-estate-certificate' }),
      ],
      days: [20, 5],
      visits: 1,
      steps: [
        ['向迁入地派出所申请', 'Apply at the police station of the new address'],
        ['审核并办理迁入', 'Review and transfer in'],
        ['迁出地同步注销', 'The old registration is closed automatically'],
      ],
    },
    {
      n: 6,
      name: ['死亡人员户口注销', 'Closing the household registration of a deceased person'],
      kind: 'administrative-confirmation',
      topics: ['household'],
      lifeEvents: ['death-funeral'],
      basis: [['《中华人民共和国户口登记条例》', '第八条']],
      conditions: [
        [
          '公民死亡后一个月内由户主、亲属等申报',
          'Declared by the head of household or a relative within a month of death',
        ],
      ],
      materials: [
        material(['居民死亡医学证明（推断）书', 'Medical certificate of death'], { form: 'copy' }),
        common.householdRegister,
        material(['死者居民身份证', "The deceased's resident ID card"], { required: false }),
      ],
      days: [0, 0],
      visits: 0,
      steps: [
        ['网上申报（身后“一件事”）', 'Declare online (the after-death “one thing” bundle)'],
        ['注销户口并交回证件', 'Registration closed and the card returned'],
      ],
    },
    {
      n: 7,
      name: ['夫妻投靠入户', 'Household registration joining a spouse'],
      kind: 'administrative-licence',
      topics: ['household'],
      lifeEvents: ['marriage', 'moving'],
      basis: [['《广州市户籍迁入管理规定》', '第十二条']],
      conditions: [
        [
          '与本市户籍居民结婚满规定年限，符合本市投靠入户条件',
          'Married to a city resident for the required years and meeting the city’s conditions',
        ],
      ],
      materials: [common.marriageCertificate, common.bothIdCards, common.householdRegister],
      days: [20, 15],
      visits: 1,
      steps: [
        ['网上申请', 'Apply online'],
        ['审核', 'Review'],
        ['发放准予迁入证明', 'Permission to move in issued'],
        ['办理迁入', 'Registration transferred'],
      ],
    },
  ],
);
