import { residentIdCheckCharacter } from '../platform/personal-data/resident-id-rules.js';
import { creditCodeCheckCharacter, creditCodeCharacters, organisationCodeCheckCharacter } from './credit-code.js';
import { streets, yuexiuRegion } from './geography.js';
import { columns } from './model.js';

/**
 * A deterministic generator of realistic synthetic registry rows (SYNTHETIC DATA, no real person): record
 * i of a kind is a pure function of (seed, i), so any slice can be regenerated alone and references
 * between registries hold (a person's building, an entity's legal representative) at any scale.
 */
export interface Scale {
  readonly persons: number;
  readonly entities: number;
  readonly buildings: number;
  /**
   * The first record index of every kind (default 0): a data set with its own `first` shares no building
   * code or ID number with one whose indexes it does not overlap, e.g. a test beside the demo data.
   */
  readonly first?: number;
}

/** The plan's figures: 1.93M persons (incl. migrants), 55k legal entities, 47k buildings. */
export const planScale: Scale = { persons: 1_930_000, entities: 55_000, buildings: 47_000 };

function rng(seed: number, index: number) {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index, 0xc2b2ae35)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Random = ReturnType<typeof rng>;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎',
];
const given = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽峰志文辉力明永健世广义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛',
];
const ethnicities = [
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '壮族',
  '回族',
  '满族',
  '瑶族',
  '畲族',
];
/** Regions of migrants' ID numbers (other Guangdong cities and provinces). */
const otherRegions = [
  '440106',
  '440111',
  '440303',
  '440604',
  '441302',
  '445102',
  '360102',
  '430102',
  '450102',
  '510104',
  '420102',
  '350102',
];
const roads = [
  '中山四路',
  '解放北路',
  '东风中路',
  '环市东路',
  '北京路',
  '农林下路',
  '寺右新马路',
  '德政北路',
  '越秀南路',
  '建设六马路',
  '先烈中路',
  '东华东路',
  '人民北路',
  '六榕路',
  '大德路',
  '文明路',
];
const uses = [
  'residential',
  'residential',
  'residential',
  'residential',
  'commercial',
  'office',
  'mixed',
  'public',
] as const;
const industries = [
  '批发和零售业',
  '住宿和餐饮业',
  '信息传输、软件和信息技术服务业',
  '租赁和商务服务业',
  '科学研究和技术服务业',
  '居民服务、修理和其他服务业',
  '教育',
  '卫生和社会工作',
  '文化、体育和娱乐业',
];

const communities = streets.flatMap((s) => s.communities.map((c) => ({ street: s.code, community: c.code })));
/** Birth dates from 1935-01-01 over 32,120 days (88 years); 7 and 32,120 are coprime. */
const firstBirth = Date.UTC(1935, 0, 1);
const birthDays = 32_120;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function buildingRow(seed: number, i: number): string[] {
  const r = rng(seed ^ 0xb1, i);
  const place = communities[i % communities.length]!;
  const use = pick(r, uses);
  const floors = use === 'residential' ? 6 + Math.floor(r() * 30) : 3 + Math.floor(r() * 40);
  return [
    `${yuexiuRegion}-${pad(i + 1, 6)}`,
    `广州市越秀区${pick(r, roads)}${1 + Math.floor(r() * 400)}号`,
    place.street,
    place.community,
    (113.24 + r() * 0.07).toFixed(6),
    (23.11 + r() * 0.05).toFixed(6),
    use,
    String(floors),
    String(use === 'residential' ? floors * (2 + Math.floor(r() * 6)) : floors * (1 + Math.floor(r() * 3))),
  ];
}

export function personRow(seed: number, i: number, scale: Scale): string[] {
  const r = rng(seed ^ 0xa1, i);
  const migrant = r() < 0.28;
  const name = pick(r, surnames) + pick(r, given) + (r() < 0.7 ? pick(r, given) : '');
  // Birth day and sequence (digits 15–17) are a bijection of the index: no two indexes share an ID number.
  const day = (i * 7) % birthDays;
  const birth = new Date(firstBirth + day * 86_400_000);
  const date = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
  const first17 = `${migrant ? pick(r, otherRegions) : yuexiuRegion}${date}${pad(Math.floor(i / birthDays) % 1000, 3)}`;
  const building = buildingRow(seed, (scale.first ?? 0) + Math.floor(r() * scale.buildings));
  const phone = r() < 0.9 ? `1${pick(r, ['3', '5', '7', '8', '9'])}${pad(Math.floor(r() * 1e9), 9)}` : '';
  return [
    `${first17}${residentIdCheckCharacter(first17)}`,
    name,
    r() < 0.95 ? pick(r, ethnicities) : '',
    migrant ? 'permit' : 'hukou',
    building[2]!,
    building[3]!,
    building[0]!,
    `${building[1]}${1 + Math.floor(r() * 30)}${pad(1 + Math.floor(r() * 8), 2)}房`,
    phone,
  ];
}

export function entityRow(seed: number, i: number, scale: Scale): string[] {
  const r = rng(seed ^ 0xc1, i);
  const body8 = Array.from({ length: 8 }, () => pick(r, [...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join('');
  const orgCode = `${body8}${organisationCodeCheckCharacter(body8)}`.replace('X', 'Y');
  const type = pick(r, ['company', 'company', 'company', 'individual', 'partnership', 'social-organisation'] as const);
  const first17 = `${type === 'social-organisation' ? '5' : '9'}${type === 'individual' ? '2' : '1'}${yuexiuRegion}${orgCode}`;
  if (![...first17].every((c) => creditCodeCharacters.includes(c))) throw new Error('generator produced a bad code');
  const rep = personRow(seed, (scale.first ?? 0) + ((i * 7919) % scale.persons), scale);
  const building = buildingRow(seed, (scale.first ?? 0) + Math.floor(r() * scale.buildings));
  const trade = pick(r, ['商贸', '科技', '餐饮', '文化传播', '咨询', '物业管理', '医药', '教育科技']);
  const suffix =
    type === 'individual'
      ? '店'
      : type === 'partnership'
        ? '（有限合伙）'
        : type === 'social-organisation'
          ? '协会'
          : '有限公司';
  return [
    `${first17}${creditCodeCheckCharacter(first17)}`,
    `广州${pick(r, given)}${pick(r, given)}${trade}${suffix}`,
    type,
    rep[0]!,
    building[1]!,
    building[2]!,
    r() < 0.93 ? 'active' : pick(r, ['revoked', 'cancelled'] as const),
    pick(r, industries),
  ];
}

const makers = { persons: personRow, entities: entityRow, buildings: buildingRow } as const;

/** Rows [from, to) of a kind, counted from the scale's first index; header first when `from` is 0. */
export function* generateRows(
  kind: keyof typeof makers,
  seed: number,
  scale: Scale,
  from = 0,
  to = scale[kind],
): Generator<string[]> {
  if (from === 0) yield [...columns[kind]];
  const first = scale.first ?? 0;
  for (let i = from; i < to; i++) yield makers[kind](seed, first + i, scale);
}
