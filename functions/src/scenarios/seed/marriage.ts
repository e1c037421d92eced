import type { Material } from '../../catalog/model.js';
import type { ScenarioNode } from '../model.js';
import { items, material, outcome, question, scenario, use, type Pair } from './define.js';

type History = 'first' | 'divorced' | 'widowed';
type Party = 'hmt' | 'foreign' | 'overseas';

const histories: Record<History, { label: Pair; short: Pair }> = {
  first: { label: ['双方均为初婚', 'First marriage for both'], short: ['初婚', 'first marriage'] },
  divorced: {
    label: ['有一方离婚后再婚', 'One or both are divorced'],
    short: ['离婚后再婚', 'remarriage after divorce'],
  },
  widowed: {
    label: ['有一方丧偶后再婚', 'One or both are widowed'],
    short: ['丧偶后再婚', 'remarriage after bereavement'],
  },
};

const declaration = '申请结婚登记声明书';
const photos = '双方近期半身免冠合影照片';

const priorMarriageProof: Record<Exclude<History, 'first'>, Material> = {
  divorced: material(
    ['离婚证或生效的离婚判决书、调解书', 'Divorce certificate, or the final divorce judgment or mediation'],
    {
      required: false,
      notes: [
        '登记机关需要核验婚姻状况时提供，建议携带',
        'Bring it in case the registry needs to check your marital status',
      ],
    },
  ),
  widowed: material(['原配偶死亡证明', "Former spouse's death certificate"], {
    required: false,
    notes: [
      '登记机关需要核验婚姻状况时提供，建议携带',
      'Bring it in case the registry needs to check your marital status',
    ],
  }),
};

function mainlandLeaf(history: History, joinHukou: boolean): ScenarioNode {
  const branchItems = [use(items.marriage, ['双方居民身份证', photos, declaration])];
  if (joinHukou) {
    branchItems.push(
      use(items.joinSpouseHukou, [
        ['结婚证', ['领取结婚证后办理', 'After you have the marriage certificate']],
        '双方居民身份证',
        '居民户口簿',
      ]),
    );
  }
  return outcome(
    [
      `内地居民・${histories[history].short[0]}・${joinHukou ? '夫妻投靠入户' : '不迁户口'}`,
      `Mainland residents, ${histories[history].short[1]}, ${joinHukou ? 'moving hukou to the spouse' : 'hukou unchanged'}`,
    ],
    branchItems,
    {
      additional: history === 'first' ? [] : [priorMarriageProof[history]],
      notes: [
        [
          '内地居民结婚登记已实行全国通办，凭身份证即可在越秀区办理，无需户口簿',
          'Mainland couples can register in Yuexiu with their ID cards alone, wherever their hukou is',
        ],
      ],
    },
  );
}

const parties: Record<Party, { label: Pair; short: Pair; documents: Material[] }> = {
  hmt: {
    label: ['一方为港澳台居民', 'One is a Hong Kong, Macao or Taiwan resident'],
    short: ['涉港澳台', 'with a Hong Kong, Macao or Taiwan resident'],
    documents: [
      material([
        '港澳居民来往内地通行证或台湾居民来往大陆通行证',
        'Mainland travel permit for Hong Kong and Macao residents, or for Taiwan residents',
      ]),
      material(
        [
          '经公证的本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的声明',
          'Notarised declaration of being unmarried and not closely related to the other party',
        ],
        {
          notes: [
            '香港由委托公证人、澳门和台湾由当地公证机构出具',
            'By an attesting officer in Hong Kong, or a notary in Macao or Taiwan',
          ],
        },
      ),
    ],
  },
  foreign: {
    label: ['一方为外国人', 'One is a foreign national'],
    short: ['涉外', 'with a foreign national'],
    documents: [
      material(['本人有效护照或其他有效国际旅行证件', 'Valid passport or other international travel document']),
      material(['无配偶证明', 'Certificate of no marriage'], {
        notes: [
          '所在国公证机构或有权机关出具并经中国驻该国使（领）馆认证，或由所在国驻华使（领）馆出具',
          'Issued in the home country and legalised by the Chinese embassy or consulate, or issued by the home country’s embassy in China',
        ],
      }),
    ],
  },
  overseas: {
    label: ['一方为华侨（定居国外的中国公民）', 'One is a Chinese citizen settled abroad'],
    short: ['涉华侨', 'with a Chinese citizen settled abroad'],
    documents: [
      material(['本人有效护照', 'Valid passport']),
      material(['无配偶证明', 'Certificate of no marriage'], {
        notes: [
          '居住国公证机构或有权机关出具并经中国驻该国使（领）馆认证，或由中国驻该国使（领）馆出具',
          'Issued in the country of residence and legalised by the Chinese embassy or consulate, or issued by that embassy',
        ],
      }),
    ],
  },
};

function crossBorderLeaf(party: Party, remarriage: boolean): ScenarioNode {
  const prior = remarriage
    ? [
        material(['经公证或认证的离婚或丧偶证明', 'Notarised or legalised proof of divorce or of the spouse’s death'], {
          notes: [
            '按上述无配偶证明的同样方式出具',
            'Issued and legalised the same way as the certificate of no marriage',
          ],
        }),
      ]
    : [];
  return outcome(
    [
      `${parties[party].short[0]}・${remarriage ? '再婚' : '初婚'}`,
      `${parties[party].short[1]}, ${remarriage ? 'remarriage' : 'first marriage'}`,
    ],
    [
      use(items.marriage, [
        [
          '双方居民身份证',
          [
            '内地一方提交居民身份证；另一方的证件见补充材料',
            'The mainland party’s ID card; the other party’s documents are listed below',
          ],
        ],
        photos,
        declaration,
      ]),
    ],
    {
      additional: [...parties[party].documents, ...prior],
      notes: [
        [
          '此类婚姻登记由具有相应管辖权的婚姻登记机关办理，请先致电婚姻登记处确认受理地点并预约',
          'Such marriages are registered by a registry with that jurisdiction: call the marriage registry first to confirm where and to book',
        ],
        ['外文材料须附经认可的中文译文', 'Documents in other languages need a certified Chinese translation'],
      ],
    },
  );
}

function nodes(): Record<string, ScenarioNode> {
  const all: Record<string, ScenarioNode> = {
    'q-parties': question(
      ['结婚双方的身份是？', 'Who is getting married?'],
      [
        ['mainland', ['双方均为内地居民', 'Both are mainland residents'], 'q-history-mainland'],
        ...(Object.keys(parties) as Party[]).map((p) => [p, parties[p].label, `q-history-${p}`] as const),
      ],
    ),
    'q-history-mainland': question(
      ['这是双方的第几次婚姻？', 'Have either of you been married before?'],
      (Object.keys(histories) as History[]).map((h) => [h, histories[h].label, `q-hukou-${h}`] as const),
    ),
  };
  for (const history of Object.keys(histories) as History[]) {
    all[`q-hukou-${history}`] = question(
      [
        '婚后是否有一方要把户口迁入对方在越秀区的户籍（夫妻投靠）？',
        "After marrying, will one of you move their hukou to the spouse's in Yuexiu?",
      ],
      [
        ['yes', ['是', 'Yes'], `leaf-mainland-${history}-join`],
        ['no', ['否', 'No'], `leaf-mainland-${history}-stay`],
      ],
    );
    all[`leaf-mainland-${history}-join`] = mainlandLeaf(history, true);
    all[`leaf-mainland-${history}-stay`] = mainlandLeaf(history, false);
  }
  for (const party of Object.keys(parties) as Party[]) {
    all[`q-history-${party}`] = question(
      ['双方是否都是初婚？', 'Is this a first marriage for both of you?'],
      [
        ['first', ['是，均为初婚', 'Yes'], `leaf-${party}-first`],
        ['again', ['否，有一方曾经结婚', 'No, one of us was married before'], `leaf-${party}-again`],
      ],
    );
    all[`leaf-${party}-first`] = crossBorderLeaf(party, false);
    all[`leaf-${party}-again`] = crossBorderLeaf(party, true);
  }
  return all;
}

/** 结婚登记：内地居民、涉港澳台、涉外、华侨；初婚、再婚；夫妻投靠入户。 */
export const marriageRegistration = scenario(
  {
    id: 'marriage-registration',
    title: ['结婚登记', 'Getting married'],
    intro: [
      '根据双方身份和婚姻状况，列出结婚登记及婚后户口迁移需要的材料。',
      'The documents for registering your marriage, and for moving a hukou afterwards, for your situation.',
    ],
    lifeEvents: ['marriage'],
  },
  nodes(),
);
