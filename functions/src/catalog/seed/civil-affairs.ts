import { common, defineItems, material, streetStations, weekdayHours } from './define.js';

export const civilAffairsItems = defineItems(
  'civil-affairs',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83100101' },
  [
    {
      n: 1,
      name: ['内地居民结婚登记', 'Marriage registration (mainland residents)'],
      kind: 'administrative-confirmation',
      topics: ['civil-status'],
      lifeEvents: ['marriage'],
      basis: [
        ['《中华人民共和国民法典》', '第一千零四十九条'],
        ['《婚姻登记条例》', '第四条、第五条'],
      ],
      conditions: [
        ['男方年满22周岁，女方年满20周岁', 'The man is at least 22 and the woman at least 20 years old'],
        ['双方完全自愿，均无配偶', 'Both parties consent freely and neither is married'],
        [
          '双方非直系血亲或三代以内旁系血亲',
          'The parties are not lineal relatives or collateral relatives within three generations',
        ],
      ],
      materials: [
        common.bothIdCards,
        material(['双方近期半身免冠合影照片', 'Recent joint half-length photos, bareheaded'], { count: 3 }),
        common.form('MZ-0001-F1', ['申请结婚登记声明书', 'Declaration for marriage registration']),
      ],
      days: [0, 0],
      visits: 1,
      outlets: ['marriage-registry'],
      steps: [
        ['网上预约', 'Book an appointment online'],
        ['双方亲自到场，现场签署声明', 'Both attend in person and sign the declaration'],
        ['审查与登记', 'Examination and registration'],
        ['颁发结婚证', 'Marriage certificates issued'],
      ],
      faq: [
        [
          ['可以委托他人代办结婚登记吗？', 'Can someone register the marriage for us?'],
          ['不可以，结婚登记须双方亲自到场。', 'No. Both parties must attend in person.'],
        ],
      ],
    },
    {
      n: 2,
      name: ['内地居民离婚登记', 'Divorce registration (mainland residents)'],
      kind: 'administrative-confirmation',
      topics: ['civil-status'],
      lifeEvents: ['marriage'],
      basis: [
        ['《中华人民共和国民法典》', '第一千零七十六条、第一千零七十七条'],
        ['《婚姻登记条例》', '第十条'],
      ],
      conditions: [
        [
          '双方自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致',
          'Both wish to divorce and agree on children, property and debts',
        ],
        ['在婚姻登记机关登记结婚', 'The marriage was registered at a marriage registry'],
      ],
      materials: [
        common.bothIdCards,
        material(['双方结婚证', 'Both marriage certificates'], { count: 2, eCertificateType: 'marriage-certificate' }),
        material(['离婚协议书', 'Divorce agreement'], { count: 3, templateForm: 'MZ-0002-F1' }),
      ],
      days: [0, 0],
      visits: 2,
      outlets: ['marriage-registry'],
      steps: [
        ['双方到场申请，受理后进入30日离婚冷静期', 'Both apply in person; a 30-day cooling-off period starts'],
        ['冷静期届满后30日内双方再次到场', 'Both attend again within 30 days after the cooling-off period'],
        ['审查与登记，发给离婚证', 'Examination and registration; divorce certificates issued'],
      ],
      faq: [
        [
          ['冷静期内可以撤回申请吗？', 'Can we withdraw during the cooling-off period?'],
          [
            '可以，任何一方均可向登记机关撤回离婚登记申请。',
            'Yes. Either party may withdraw the application at the registry.',
          ],
        ],
      ],
    },
    {
      n: 3,
      name: ['补领婚姻登记证', 'Replacement marriage or divorce certificate'],
      kind: 'administrative-confirmation',
      topics: ['civil-status'],
      lifeEvents: ['marriage'],
      basis: [['《婚姻登记条例》', '第十七条']],
      conditions: [['婚姻登记证遗失或损毁', 'The certificate was lost or damaged']],
      materials: [
        common.idCard,
        common.photos(2),
        common.form('MZ-0003-F1', ['申请补领婚姻登记证声明书', 'Declaration for a replacement certificate']),
      ],
      days: [0, 0],
      visits: 1,
      outlets: ['marriage-registry'],
      steps: [
        ['提交申请', 'Apply'],
        ['核查婚姻登记档案', 'The registration record is checked'],
        ['补发证件', 'The replacement is issued'],
      ],
    },
    {
      n: 4,
      name: ['最低生活保障申请', 'Minimum living allowance (dibao)'],
      kind: 'administrative-payment',
      topics: ['social-assistance'],
      lifeEvents: ['hardship'],
      basis: [
        ['《社会救助暂行办法》', '第九条、第十一条'],
        ['《广东省最低生活保障制度实施办法》', '第十条'],
      ],
      conditions: [
        ['持有本区户籍', 'Registered household in the district'],
        [
          '家庭月人均收入低于本市最低生活保障标准，且财产符合规定',
          "The family's monthly income per person is below the city's dibao standard and its assets qualify",
        ],
      ],
      materials: [
        common.idCard,
        common.householdRegister,
        common.form('MZ-0004-F1', ['最低生活保障申请书', 'Dibao application form']),
        common.form('MZ-0004-F2', ['家庭经济状况核对授权书', 'Authorisation to check household finances']),
        common.bankCard,
      ],
      days: [30, 20],
      visits: 1,
      outlets: streetStations,
      steps: [
        ['向户籍所在地街道提出申请', 'Apply at the street office of your registered household'],
        ['家庭经济状况核对与入户调查', 'Financial check and home visit'],
        ['民主评议与公示', 'Community review and public notice'],
        ['区民政局审批，按月发放', 'Approval by the bureau; paid monthly'],
      ],
      faq: [
        [
          ['非本区户籍可以申请吗？', 'Can I apply without a local household registration?'],
          [
            '持有本省居住证且符合条件的，可在居住地申请，具体以当年政策为准。',
            'Residence-permit holders who qualify may apply where they live, under the current rules.',
          ],
        ],
      ],
    },
    {
      n: 5,
      name: ['特困人员救助供养申请', 'Support for persons in extreme poverty'],
      kind: 'administrative-payment',
      topics: ['social-assistance', 'elderly'],
      lifeEvents: ['hardship', 'retirement'],
      basis: [['《社会救助暂行办法》', '第十四条、第十六条']],
      conditions: [
        [
          '无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其义务人无履行能力的老年人、残疾人及未成年人',
          'Elderly, disabled or minor persons without working capacity, income or a person able to support them',
        ],
      ],
      materials: [
        common.idCard,
        common.householdRegister,
        common.form('MZ-0005-F1', ['特困人员救助供养申请书', 'Application for extreme-poverty support']),
      ],
      days: [30, 20],
      visits: 1,
      outlets: streetStations,
      steps: [
        ['街道受理', 'The street office accepts'],
        ['调查核实与公示', 'Investigation and public notice'],
        ['区民政局审批', 'Approval by the bureau'],
      ],
    },
    {
      n: 6,
      name: ['临时救助申请', 'Temporary assistance'],
      kind: 'administrative-payment',
      topics: ['social-assistance'],
      lifeEvents: ['hardship'],
      basis: [['《社会救助暂行办法》', '第四十七条、第四十八条']],
      conditions: [
        [
          '因火灾、交通事故、突发重大疾病等导致基本生活暂时出现严重困难',
          'Basic living is in severe temporary difficulty after a fire, accident or sudden illness',
        ],
      ],
      materials: [
        common.idCard,
        common.form('MZ-0006-F1', ['临时救助申请书', 'Temporary assistance application']),
        material(['困难情况证明材料（如医疗费用票据）', 'Evidence of the hardship (e.g. medical bills)'], {
          form: 'copy',
        }),
      ],
      days: [15, 10],
      visits: 1,
      outlets: streetStations,
      steps: [
        ['提出申请', 'Apply'],
        ['审核与公示（紧急情况可先行救助）', 'Review and notice (urgent cases are helped first)'],
        ['审批与发放', 'Approval and payment'],
      ],
    },
    {
      n: 7,
      name: ['高龄老人津贴申领', 'Allowance for people aged 80 and over'],
      kind: 'administrative-payment',
      topics: ['elderly'],
      lifeEvents: ['retirement'],
      basis: [['《广东省老年人权益保障条例》', '第二十六条']],
      conditions: [['本市户籍，年满80周岁', 'Household registered in the city and aged 80 or over']],
      materials: [common.idCard, common.bankCard],
      days: [20, 10],
      visits: 0,
      steps: [
        ['网上或在街道提交申请', 'Apply online or at the street office'],
        ['资格审核', 'Eligibility check'],
        ['按月发放至本人账户', "Paid monthly into the applicant's account"],
      ],
    },
    {
      n: 8,
      name: ['惠民殡葬补贴申领', 'Basic funeral service subsidy'],
      kind: 'administrative-payment',
      topics: ['social-assistance'],
      lifeEvents: ['death-funeral'],
      basis: [['《殡葬管理条例》', '第三条']],
      conditions: [
        [
          '逝者为本市户籍居民，遗体在本市殡仪馆火化',
          'The deceased was registered in the city and cremated at a city funeral home',
        ],
      ],
      materials: [
        material(['经办人居民身份证', "Applicant's resident ID card"], { eCertificateType: 'resident-id-card' }),
        material(['居民死亡医学证明（推断）书', 'Medical certificate of death'], { form: 'copy' }),
        material(['火化证明', 'Cremation certificate'], { form: 'copy' }),
      ],
      days: [20, 10],
      visits: 1,
      steps: [
        ['在殡仪馆或区政务服务中心申请', 'Apply at the funeral home or the district service centre'],
        ['审核', 'Review'],
        ['减免或发放补贴', 'Fees waived or the subsidy paid'],
      ],
    },
    {
      n: 9,
      name: ['社会团体成立登记', 'Registration of a social organisation'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['permits'],
      basis: [['《社会团体登记管理条例》', '第九条、第十一条']],
      conditions: [
        ['有50个以上个人会员或30个以上单位会员', 'At least 50 individual or 30 institutional members'],
        ['有规范的名称、章程、固定住所和合法资产', 'A proper name, articles, a fixed address and lawful assets'],
      ],
      materials: [
        common.form('MZ-0009-F1', ['社会团体成立登记申请表', 'Registration application of a social organisation']),
        material(['章程草案', 'Draft articles of association']),
        material(['业务主管单位批准文件', 'Approval of the supervising unit'], { form: 'copy', required: false }),
        material(['验资报告', 'Capital verification report']),
        common.premises,
      ],
      days: [60, 30],
      visits: 1,
      steps: [
        ['名称核准', 'Name approval'],
        ['提交成立登记材料', 'Submit the registration'],
        ['审查与实地核查', 'Examination and site check'],
        ['准予登记，发给登记证书', 'Registration granted; certificate issued'],
      ],
    },
    {
      n: 10,
      name: ['高龄老人助餐配餐服务申请', 'Meal assistance for people aged 80 and over'],
      kind: 'administrative-payment',
      topics: ['elderly'],
      lifeEvents: ['retirement'],
      basis: [['《广州市养老服务条例》', '第三十条']],
      conditions: [
        ['已取得高龄老人津贴资格，需要上门照料服务', 'Eligible for the old-age allowance and in need of care at home'],
      ],
      // The eligibility certificate the old-age allowance (item 7) issues stands in for proof of age and residence.
      materials: [
        material(['高龄老人津贴资格证明', 'Old-age allowance eligibility certificate'], {
          eCertificateType: 'elderly-allowance-certificate',
        }),
        material(['助餐需求说明', 'Statement of the meal service needed'], { required: false }),
      ],
      days: [20, 10],
      visits: 0,
      steps: [
        ['网上选用电子证照提交申请', 'Apply online, choosing the e-certificate from the wallet'],
        ['资格核查', 'Eligibility check'],
        ['安排长者饭堂助餐或送餐', 'Meals arranged at a community canteen or delivered'],
      ],
    },
    {
      // 综合救助 (one window, 一口上下): applied for through /relief, where the household is entered once and
      // each chosen program (relief/programs.ts) is reviewed by its department in parallel.
      n: 11,
      name: ['社会救助一口受理（综合救助）', 'Social relief at one window (comprehensive relief)'],
      kind: 'administrative-payment',
      topics: ['social-assistance'],
      basis: [
        ['《社会救助暂行办法》', '第二条、第五十条'],
        ['《广东省社会救助条例》', '第八条'],
      ],
      conditions: [
        [
          '家庭收入、财产、住房等情况符合所申请救助项目的条件',
          'The household’s income, assets and housing meet the conditions of each program applied for',
        ],
      ],
      materials: [
        common.idCard,
        material(['家庭成员收入情况说明', 'Statement of the household members’ income'], { form: 'copy' }),
        common.disabilityCertificate,
        common.bankCard,
      ].map((m, index) => (index < 2 ? m : { ...m, required: false })),
      days: [30, 20],
      visits: 0,
      steps: [
        ['填报家庭情况，查看可申请的救助项目', 'Enter the household once and see which programs it may qualify for'],
        ['一次申请、一套材料', 'One application, one set of materials'],
        ['各救助项目的主管部门并联审核', 'Each program’s department reviews it in parallel'],
        ['民政部门汇总，逐项告知结果', 'Civil affairs sends one answer, program by program'],
      ],
      jointWith: [
        'human-resources-social-security',
        'medical-insurance',
        'education',
        'housing',
        'disabled-persons',
        'health',
        'veterans-affairs',
      ],
    },
  ],
);
