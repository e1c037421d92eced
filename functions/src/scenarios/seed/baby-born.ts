import type { ScenarioNode } from '../model.js';
import { items, material, outcome, question, scenario, use, type Pair } from './define.js';

type Hukou = 'yuexiu' | 'guangzhou' | 'elsewhere';

const birthCertificate = use(
  items.birthCertificate,
  ['父母双方居民身份证', '出生医学证明自填单'],
  ['在分娩医院办理；出院前核对自填单信息', 'Done at the hospital of birth; check the details form before discharge'],
);
const familyPlanning = use(
  items.familyPlanningRegistration,
  ['双方居民身份证'],
  ['可在户籍地或现居住地办理，也可网上办理', 'At the place of household registration or of residence, or online'],
);
const vaccination = use(
  items.vaccinationCertificate,
  ['出生医学证明', '监护人居民身份证'],
  [
    '出生后一个月内到居住地社区卫生服务中心办理',
    'Within a month of birth at the community health centre where you live',
  ],
);
const maternity = use(
  items.maternityAllowance,
  ['申请人居民身份证', '出生医学证明', '本人银行账户（社保卡金融账户）'],
  [
    '一般由用人单位代为申领，津贴发放到单位后再发给本人',
    'Usually claimed by the employer, which passes the allowance on to the mother',
  ],
);
const medicalInsurance = (note: Pair) =>
  use(
    items.residentsMedicalInsurance,
    [
      [
        '申请人居民身份证',
        [
          '提供监护人身份证及新生儿户口簿或出生医学证明',
          "The guardian's ID card and the child's hukou page or birth certificate",
        ],
      ],
    ],
    note,
  );

function newbornHukou(married: boolean) {
  return use(
    items.newbornHukou,
    ['出生医学证明', '居民户口簿', '父母双方居民身份证', ...(married ? ['父母结婚证' as const] : [])],
    [
      '出生之日起一个月内到户籍所在地派出所户政窗口申报',
      'Within a month of birth at the household window of the police station',
    ],
  );
}

const paternityTest = material(['亲子鉴定证明', 'Paternity test report'], {
  required: false,
  notes: [
    '随父亲入户时提交，须由具备资质的司法鉴定机构出具',
    "Only when the child takes the father's hukou; from an accredited forensic institute",
  ],
});

const insuredQuestion = (prefix: string) =>
  question(
    [
      '母亲是否在广州参加了职工生育保险（职工医保）？',
      'Is the mother covered by employee maternity insurance in Guangzhou?',
    ],
    [
      ['yes', ['是，单位或个人正在参保', 'Yes, through an employer or as an individual'], `leaf-${prefix}-insured`],
      ['no', ['否', 'No'], `leaf-${prefix}-uninsured`],
    ],
  );

function leaf(hukou: Hukou, married: boolean, insured: boolean): ScenarioNode {
  const who: Record<Hukou, Pair> = {
    yuexiu: ['越秀区户籍', 'Yuexiu hukou'],
    guangzhou: ['广州市其他区户籍', 'hukou elsewhere in Guangzhou'],
    elsewhere: ['非广州市户籍', 'hukou outside Guangzhou'],
  };
  const branch: Pair = [
    `${who[hukou][0]}${hukou === 'yuexiu' ? (married ? '、已婚' : '、未婚') : ''}、母亲${insured ? '有' : '无'}职工生育保险`,
    `${who[hukou][1]}${hukou === 'yuexiu' ? (married ? ', married' : ', unmarried') : ''}, mother ${insured ? 'has' : 'has no'} maternity insurance`,
  ];
  const branchItems = [birthCertificate, familyPlanning, vaccination];
  const notes: Pair[] = [];
  if (hukou === 'yuexiu') {
    branchItems.push(
      newbornHukou(married),
      medicalInsurance(['入户后即可为新生儿参保', 'Enrol the baby once the hukou is registered']),
    );
    if (!married) {
      notes.push([
        '非婚生育的新生儿可随父或随母入户；随父入户须提供亲子鉴定证明',
        "A child of unmarried parents may take either parent's hukou; the father's requires a paternity test",
      ]);
    }
  } else if (hukou === 'guangzhou') {
    notes.push([
      '新生儿户口和城乡居民医保在父母户籍所在区办理，不在越秀区受理',
      "Register the baby's hukou and medical insurance in the parents' own district, not in Yuexiu",
    ]);
  } else {
    branchItems.push(
      medicalInsurance([
        '父母一方持有广州居住证或在广州参加职工社保的，新生儿可在广州参保',
        'The baby can be enrolled in Guangzhou if a parent holds a Guangzhou residence permit or employee insurance here',
      ]),
    );
    notes.push(['新生儿户口须回父母户籍地办理', "The baby's hukou is registered where the parents' hukou is"]);
  }
  if (insured) branchItems.push(maternity);
  else {
    notes.push([
      '未参加职工生育保险的，分娩医疗费用按城乡居民医保规定报销',
      'Without employee maternity insurance, birth costs are reimbursed under residents’ medical insurance',
    ]);
  }
  return outcome(branch, branchItems, { notes, additional: hukou === 'yuexiu' && !married ? [paternityTest] : [] });
}

/** 宝宝出生：出生医学证明、新生儿入户、生育登记、预防接种、医保与生育津贴。 */
export const babyBorn = scenario(
  {
    id: 'baby-born',
    title: ['宝宝出生一件事', 'A baby is born'],
    intro: [
      '回答几个问题，了解宝宝出生后要办的证件和待遇，以及每项需要的材料。',
      "Answer a few questions to see what to apply for after your baby's birth and which documents each needs.",
    ],
    lifeEvents: ['birth', 'having-a-child'],
  },
  {
    'q-hukou': question(
      ['宝宝父母的户籍在哪里？', "Where is the parents' household registration (hukou)?"],
      [
        ['yuexiu', ['父母至少一方是越秀区户籍', 'At least one parent has a Yuexiu hukou'], 'q-married'],
        ['guangzhou', ['广州市其他区户籍', 'Another district of Guangzhou'], 'q-insured-guangzhou'],
        ['elsewhere', ['父母均不是广州市户籍', 'Neither parent has a Guangzhou hukou'], 'q-insured-elsewhere'],
      ],
    ),
    'q-married': question(
      ['父母是否已办理结婚登记？', 'Are the parents married?'],
      [
        ['yes', ['已婚', 'Yes'], 'q-insured-married'],
        ['no', ['未婚', 'No'], 'q-insured-unmarried'],
      ],
    ),
    'q-insured-married': insuredQuestion('yuexiu-married'),
    'q-insured-unmarried': insuredQuestion('yuexiu-unmarried'),
    'q-insured-guangzhou': insuredQuestion('guangzhou'),
    'q-insured-elsewhere': insuredQuestion('elsewhere'),
    'leaf-yuexiu-married-insured': leaf('yuexiu', true, true),
    'leaf-yuexiu-married-uninsured': leaf('yuexiu', true, false),
    'leaf-yuexiu-unmarried-insured': leaf('yuexiu', false, true),
    'leaf-yuexiu-unmarried-uninsured': leaf('yuexiu', false, false),
    'leaf-guangzhou-insured': leaf('guangzhou', true, true),
    'leaf-guangzhou-uninsured': leaf('guangzhou', true, false),
    'leaf-elsewhere-insured': leaf('elsewhere', true, true),
    'leaf-elsewhere-uninsured': leaf('elsewhere', true, false),
  },
);
