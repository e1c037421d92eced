import type { ScenarioNode } from '../model.js';
import { items, outcome, question, scenario, use, type Pair } from './define.js';

const forms = {
  individual: {
    label: ['个体工商户（个人或家庭经营）', 'Individual business (a person or a family)'] as Pair,
    short: ['个体户', 'individual business'] as Pair,
  },
  company: { label: ['有限责任公司', 'Limited liability company'] as Pair, short: ['公司', 'company'] as Pair },
};
type Form = keyof typeof forms;

const foods = {
  hot: {
    label: ['热食类：中餐、快餐、粉面等现场烹饪', 'Cooked food: Chinese dishes, fast food, noodles'] as Pair,
    short: ['热食', 'cooked food'] as Pair,
    note: ['经营项目申请“热食类食品制售”', 'Apply for the business category “hot food preparation and sale”'] as Pair,
  },
  cold: {
    label: ['含冷食或生食：卤味凉菜、寿司刺身等', 'Cold or raw food: cured meats, salads, sushi, sashimi'] as Pair,
    short: ['冷食生食', 'cold or raw food'] as Pair,
    note: [
      '冷食类、生食类须设置独立专间（含空气消毒、独立空调和二次更衣），平面图须标明',
      'Cold and raw food need a separate room (air disinfection, own air conditioning, changing area) shown on the plan',
    ] as Pair,
  },
  bar: {
    label: ['饮品酒吧，有驻唱或乐队演出', 'A bar with live singers or bands'] as Pair,
    short: ['酒吧演出', 'bar with live music'] as Pair,
    note: [
      '经营项目申请“自制饮品制售”及所需的热食类项目',
      'Apply for “drinks preparation” and any cooked food you serve',
    ] as Pair,
  },
};
type Food = keyof typeof foods;

function registration(form: Form) {
  return form === 'individual'
    ? use(items.individualBusiness, [
        '个体工商户登记（备案）申请书',
        '申请人居民身份证',
        '经营场所使用证明（产权证明或租赁合同）',
      ])
    : use(items.company, [
        '公司登记（备案）申请书',
        '公司章程',
        '股东主体资格证明',
        '经营场所使用证明（产权证明或租赁合同）',
      ]);
}

function leaf(form: Form, food: Food, sign: boolean): ScenarioNode {
  const branchItems = [
    registration(form),
    use(items.foodLicence, [
      '食品经营许可申请书',
      ['营业执照', ['取得营业执照后申请', 'Apply once you have the business licence']],
      ['经营场所平面图和设备布局、工艺流程图', foods[food].note],
      '食品安全管理制度文本',
    ]),
    use(items.newTaxpayer, ['营业执照']),
    use(items.invoices, ['经办人身份证件']),
    use(
      items.employmentRegistration,
      ['营业执照', '劳动合同'],
      ['招用员工之日起30日内办理', 'Within 30 days of hiring staff'],
    ),
  ];
  if (food === 'bar') {
    branchItems.push(
      use(
        items.performance,
        [
          '营业性演出申请登记表',
          '演出节目内容材料',
          [
            '演出场所合同',
            ['本店即为演出场所的，提供场所使用证明', 'If the show is in your own bar, proof of use of the premises'],
          ],
        ],
        [
          '演出举办前取得批准；驻场演出可按规定一次申请',
          'Obtain approval before the shows; resident performances can be approved together',
        ],
      ),
    );
  }
  if (sign) branchItems.push(use(items.shopSign, ['招牌设置申请表', '招牌设计效果图', '营业执照']));
  const notes: Pair[] = [
    [
      '餐饮场所属公众聚集场所，投入使用、营业前须向消防救援机构申请消防安全检查（不在本目录中）',
      'A restaurant is a public gathering place: before opening, apply to the fire and rescue service for a fire safety check (not in this catalog)',
    ],
    [
      '厨房油烟须经净化设施处理后排放；餐饮污水排入市政管网须按规定办理排水许可',
      'Kitchen fumes must pass a purifier; discharging waste water into the sewers needs a drainage permit',
    ],
  ];
  if (food === 'bar') {
    notes.push([
      '如设置卡拉OK包房等娱乐设施，另须办理娱乐场所经营许可',
      'Karaoke rooms or similar make it an entertainment venue, which needs its own licence',
    ]);
  }
  const branch: Pair = [
    `${forms[form].short[0]}・${foods[food].short[0]}・${sign ? '设户外招牌' : '不设户外招牌'}`,
    `${forms[form].short[1]}, ${foods[food].short[1]}, ${sign ? 'with' : 'without'} an outdoor sign`,
  ];
  return outcome(branch, branchItems, { notes });
}

function nodes(): Record<string, ScenarioNode> {
  const all: Record<string, ScenarioNode> = {
    'q-form': question(
      ['您打算以什么形式经营？', 'How will you run the business?'],
      (Object.keys(forms) as Form[]).map((f) => [f, forms[f].label, `q-food-${f}`] as const),
      [
        '个体户由个人承担无限责任；公司以出资为限承担责任',
        'An individual business is fully liable; a company is liable up to its capital',
      ],
    ),
  };
  for (const form of Object.keys(forms) as Form[]) {
    all[`q-food-${form}`] = question(
      ['您主要经营什么？', 'What will you mainly serve?'],
      (Object.keys(foods) as Food[]).map((f) => [f, foods[f].label, `q-sign-${form}-${f}`] as const),
    );
    for (const food of Object.keys(foods) as Food[]) {
      all[`q-sign-${form}-${food}`] = question(
        ['是否要在门店外墙设置户外招牌？', 'Will you put up an outdoor sign on the shop front?'],
        [
          ['yes', ['是', 'Yes'], `leaf-${form}-${food}-sign`],
          ['no', ['否', 'No'], `leaf-${form}-${food}-nosign`],
        ],
      );
      all[`leaf-${form}-${food}-sign`] = leaf(form, food, true);
      all[`leaf-${form}-${food}-nosign`] = leaf(form, food, false);
    }
  }
  return all;
}

/** 开餐馆：主体登记、食品经营许可、税务、招牌、演出等。 */
export const openRestaurant = scenario(
  {
    id: 'open-restaurant',
    title: ['开一家餐馆', 'Opening a restaurant'],
    intro: [
      '从登记到开业，按您的经营形式和经营内容列出要办的事项和材料。',
      'From registration to opening day: the services and documents for your kind of business and menu.',
    ],
    lifeEvents: ['starting-business', 'running-business'],
  },
  nodes(),
);
