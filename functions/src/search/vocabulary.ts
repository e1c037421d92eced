/**
 * The search vocabulary, curated in one place: groups of synonyms (each term finds the others) and the
 * domain terms the segmenter must keep whole. ICU's dictionary (Intl.Segmenter) splits many of them —
 * 身份/证, 新生/儿, 营业/执照, 公/积/金 — so every term here is also matched as one word.
 *
 * Synonyms are applied to the query, not to the index: editing this list takes effect on the next deploy
 * without rebuilding any snapshot. A term added to `domainTerms` (or a new multi-character synonym) changes
 * how documents are segmented, so bump `segmentationVersion` with it: snapshots of another version are
 * rebuilt from the catalog when they are loaded.
 */

/** Bump when a change here or in segmenter.ts changes how documents are cut into terms. */
export const segmentationVersion = 2;

/** Each group: terms that mean the same thing to a citizen. Lower-case for English. */
export const synonymGroups: readonly (readonly string[])[] = [
  ['身份证', '居民身份证', '二代证'],
  ['户口', '户籍', '户口簿', '户口本', 'hukou', 'household'],
  ['结婚', '婚姻', 'marriage', 'marry', 'wedding'],
  ['离婚', '婚姻解除', 'divorce'],
  ['生孩子', '生育', '出生', '生小孩', 'childbirth'],
  ['新生儿', '婴儿', 'newborn', 'baby'],
  ['营业执照', '执照', 'licence', 'license'],
  ['社保', '社会保险'],
  ['社保卡', '社会保障卡'],
  ['医保', '医疗保险', '医疗保障'],
  ['公积金', '住房公积金'],
  ['退休', '养老', 'retirement', 'retire', 'pension'],
  ['失业', '待业', 'unemployment', 'unemployed', 'jobless'],
  ['低保', '最低生活保障'],
  ['残疾人', '残疾', '残障', 'disability', 'disabled'],
  ['开店', '开业', '个体工商户'],
  ['餐馆', '饭店', '餐饮', 'restaurant', 'catering'],
  ['房产', '不动产', '房屋'],
  ['准生证', '生育服务证', '生育登记'],
  ['老人', '老年人', '长者', 'elderly'],
];

/** Domain terms kept whole in addition to every synonym above. */
export const domainTerms: readonly string[] = [
  '结婚登记',
  '离婚登记',
  '出生登记',
  '出生医学证明',
  '失业登记',
  '失业保险金',
  '失业金',
  '就业登记',
  '养老保险',
  '养老金',
  '退休金',
  '医保卡',
  '居住证',
  '港澳通行证',
  '户口迁移',
  '入户',
  '落户',
  '独生子女',
  '生育津贴',
  '生育保险',
  '公积金提取',
  '食品经营许可证',
  '卫生许可证',
  '排污许可证',
  '税务登记',
  '发票',
  '退役军人',
  '残疾人证',
  '优抚',
  '临时救助',
  '特困',
  '学位',
  '入学',
  '义务教育',
  '体育场馆',
  '占道',
  '广告牌',
];

/** Chinese function words and the all-purpose verbs of a service hall: they carry no meaning in a query. */
export const chineseStopWords: ReadonlySet<string> = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '在',
  '是',
  '我',
  '我们',
  '我要',
  '想要',
  '办事',
  '你',
  '怎么',
  '怎样',
  '如何',
  '什么',
  '哪里',
  '需要',
  '可以',
  '请问',
]);

export const englishStopWords: ReadonlySet<string> = new Set(
  'a an and are as at be by can do does for from how i in is it me my of on or the to what when where which who with you your'.split(
    ' ',
  ),
);
