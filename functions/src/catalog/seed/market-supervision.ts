import { common, defineItems, material, weekdayHours } from './define.js';

export const marketSupervisionItems = defineItems(
  'market-supervision',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83100303' },
  [
    {
      n: 1,
      name: ['个体工商户设立登记', 'Registration of an individual business'],
      kind: 'administrative-licence',
      topics: ['permits'],
      lifeEvents: ['starting-business'],
      basis: [
        ['《促进个体工商户发展条例》', '第八条'],
        ['《中华人民共和国市场主体登记管理条例》', '第十九条'],
      ],
      conditions: [
        ['有经营能力的自然人，有固定的经营场所', 'A natural person able to run a business, with fixed premises'],
      ],
      materials: [
        common.form('SJ-0001-F1', ['个体工商户登记（备案）申请书', 'Individual business registration form']),
        common.idCard,
        common.premises,
      ],
      days: [3, 1],
      visits: 0,
      steps: [
        [
          '网上申报（广东省市场监管局企业开办一网通办平台）',
          'Apply online on the provincial business start-up platform',
        ],
        ['审核', 'Review'],
        ['领取电子营业执照', 'Receive the electronic business licence'],
      ],
      faq: [
        [
          ['住宅可以登记为经营场所吗？', 'Can a flat be registered as business premises?'],
          [
            '须符合“住改商”相关规定并取得利害关系业主同意。',
            'Only under the residential-to-commercial rules and with the consent of affected owners.',
          ],
        ],
      ],
    },
    {
      n: 2,
      name: ['有限责任公司设立登记', 'Registration of a limited liability company'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['permits'],
      lifeEvents: ['starting-business'],
      basis: [
        ['《中华人民共和国公司法》', '第二十九条、第三十条'],
        ['《中华人民共和国市场主体登记管理条例》', '第十九条'],
      ],
      conditions: [
        [
          '股东符合法定人数，有公司章程、名称、住所和组织机构',
          'Shareholders within the legal number; articles, name, domicile and organisation',
        ],
      ],
      materials: [
        common.form('SJ-0002-F1', ['公司登记（备案）申请书', 'Company registration form']),
        material(['公司章程', 'Articles of association'], { form: 'electronic' }),
        material(['股东主体资格证明', "Shareholders' identity documents"], { form: 'copy' }),
        common.premises,
      ],
      days: [3, 1],
      visits: 0,
      steps: [
        ['名称自主申报', 'Declare the name'],
        ['网上提交设立登记', 'Apply online'],
        [
          '审核并核发营业执照，同步刻章、申领发票、社保登记',
          'Licence issued together with seals, invoices and social insurance registration',
        ],
      ],
    },
    {
      n: 3,
      name: ['食品经营许可', 'Food business licence'],
      kind: 'administrative-licence',
      audience: ['citizen', 'enterprise'],
      topics: ['permits', 'health'],
      lifeEvents: ['running-business', 'starting-business'],
      basis: [
        ['《中华人民共和国食品安全法》', '第三十五条'],
        ['《食品经营许可和备案管理办法》', '第十二条、第二十四条'],
      ],
      conditions: [
        [
          '具有与经营的食品品种、数量相适应的经营场所和设施',
          'Premises and equipment suited to the food and quantities sold',
        ],
        ['有食品安全管理人员和保证食品安全的规章制度', 'A food safety manager and food safety rules'],
      ],
      materials: [
        common.form('SJ-0003-F1', ['食品经营许可申请书', 'Food business licence application']),
        common.businessLicence,
        material(['经营场所平面图和设备布局、工艺流程图', 'Floor plan, equipment layout and process flow'], {
          form: 'copy',
        }),
        material(['食品安全管理制度文本', 'Food safety management rules'], { form: 'electronic' }),
      ],
      days: [10, 5],
      visits: 0,
      steps: [
        ['网上申请', 'Apply online'],
        ['材料审查', 'Documents reviewed'],
        ['必要时现场核查', 'Site inspection when needed'],
        ['核发食品经营许可证（电子证）', 'Electronic food business licence issued'],
      ],
    },
    {
      n: 4,
      name: ['药品零售企业经营许可', 'Retail pharmacy licence'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['permits', 'health'],
      lifeEvents: ['running-business'],
      basis: [
        ['《中华人民共和国药品管理法》', '第五十二条'],
        ['《药品经营和使用质量监督管理办法》', '第十九条'],
      ],
      conditions: [
        [
          '有依法经过资格认定的药师或者其他药学技术人员，有与所经营药品相适应的营业场所和设备',
          'A licensed pharmacist and premises and equipment suited to the medicines sold',
        ],
      ],
      materials: [
        common.form('SJ-0004-F1', ['药品经营许可证申请表', 'Pharmacy licence application']),
        material(['执业药师注册证', "Pharmacist's registration certificate"], { form: 'copy' }),
        common.premises,
      ],
      days: [20, 10],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['现场检查', 'Site inspection'],
        ['作出许可决定', 'Decision'],
      ],
    },
    {
      n: 5,
      name: ['市场主体注销登记', 'Deregistration of a business'],
      kind: 'administrative-licence',
      audience: ['citizen', 'enterprise'],
      topics: ['permits'],
      lifeEvents: ['closing-business'],
      basis: [['《中华人民共和国市场主体登记管理条例》', '第三十一条、第三十三条']],
      conditions: [
        [
          '已依法完成清算，未结清清偿费用、职工工资、社会保险费用等的不适用简易注销',
          'Liquidation complete; simplified deregistration only when nothing is owed',
        ],
      ],
      materials: [
        common.form('SJ-0005-F1', ['注销登记申请书', 'Deregistration form']),
        material(['清算报告或全体投资人承诺书', 'Liquidation report or all investors’ undertaking'], {
          form: 'electronic',
        }),
        material(['清税证明', 'Tax clearance certificate'], {
          form: 'electronic',
          required: false,
          notes: ['系统共享的无需提交', 'Not needed when shared by the tax system'],
        }),
      ],
      days: [3, 1],
      visits: 0,
      steps: [
        ['在企业注销网上服务专区申请', 'Apply in the online deregistration area'],
        ['简易注销公示20日', '20-day public notice for simplified deregistration'],
        ['核准注销', 'Deregistration approved'],
      ],
    },
    {
      n: 6,
      name: ['特种设备使用登记', 'Registration of special equipment in use'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['permits'],
      lifeEvents: ['running-business'],
      basis: [['《中华人民共和国特种设备安全法》', '第三十三条']],
      conditions: [
        [
          '电梯、锅炉、压力容器等特种设备投入使用前或投入使用后30日内',
          'Lifts, boilers, pressure vessels and similar, before or within 30 days of use',
        ],
      ],
      materials: [
        common.form('SJ-0006-F1', ['特种设备使用登记表', 'Special equipment registration form']),
        material(['产品合格证及监督检验证明', 'Product certificate and inspection certificate'], { form: 'copy' }),
      ],
      days: [15, 5],
      visits: 0,
      steps: [
        ['网上申报', 'Apply online'],
        ['审核', 'Review'],
        ['发放使用登记证', 'Registration certificate issued'],
      ],
    },
    {
      n: 7,
      name: [
        '开餐馆一件事（餐饮服务食品经营许可联合审批）',
        'Opening a restaurant: joint review of the food business licence',
      ],
      kind: 'administrative-licence',
      audience: ['citizen', 'enterprise'],
      topics: ['permits', 'health'],
      lifeEvents: ['starting-business'],
      basis: [
        ['《中华人民共和国食品安全法》', '第三十五条'],
        ['《中华人民共和国环境影响评价法》', '第二十二条'],
        ['《公共场所卫生管理条例》', '第八条'],
      ],
      conditions: [
        [
          '餐饮经营场所已确定，油烟、污水排放设施和卫生设施符合要求',
          'Restaurant premises chosen, with fume, waste-water and hygiene facilities that meet the rules',
        ],
      ],
      materials: [
        common.form('SJ-0007-F1', ['开餐馆联合审批申请表', 'Restaurant joint review application']),
        common.premises,
        material(['经营场所平面图和油烟、污水处理设施说明', 'Floor plan and fume and waste-water facilities'], {
          form: 'copy',
        }),
      ],
      days: [20, 15],
      visits: 0,
      steps: [
        ['一次申请、一套材料', 'One application, one set of materials'],
        ['市场监管、生态环境、卫生健康部门并联审查', 'Market supervision, environment and health review in parallel'],
        ['牵头部门汇总意见并作出决定', 'The lead department decides on the combined opinions'],
      ],
      jointWith: ['environment', 'health'],
    },
    {
      n: 8,
      name: ['开美容美发店一件事（联合审批）', 'Opening a hair and beauty salon: joint review'],
      kind: 'administrative-licence',
      audience: ['citizen', 'enterprise'],
      topics: ['permits'],
      lifeEvents: ['starting-business'],
      basis: [
        ['《公共场所卫生管理条例》', '第八条'],
        ['《广州市户外广告和招牌设置管理条例》', '第十九条'],
      ],
      conditions: [
        [
          '经营场所已确定，卫生设施和店招设置方案符合要求',
          'Premises chosen, with hygiene facilities and a shop sign plan that meet the rules',
        ],
      ],
      materials: [
        common.form('SJ-0008-F1', ['开美容美发店联合审批申请表', 'Salon joint review application']),
        common.premises,
      ],
      days: [20, 10],
      visits: 0,
      steps: [
        ['一次申请、一套材料', 'One application, one set of materials'],
        [
          '市场监管、卫生健康、城市管理部门并联审查',
          'Market supervision, health and urban management review in parallel',
        ],
        ['牵头部门汇总意见并作出决定', 'The lead department decides on the combined opinions'],
      ],
      jointWith: ['health', 'urban-management'],
    },
  ],
);
