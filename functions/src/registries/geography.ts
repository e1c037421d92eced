/**
 * Yuexiu's streets and communities as the plan counts them (22 streets, 267 communities). DEMONSTRATION
 * DATA: the 18 streets of today plus 4 of the plan's time; community names are generated
 * (`<street>第N社区`), codes `<street>-NN`, not the district's official directory.
 */
const streetList: readonly (readonly [code: string, zh: string, communities: number])[] = [
  ['hongqiao', '洪桥', 12],
  ['beijing', '北京', 14],
  ['liurong', '六榕', 13],
  ['liuhua', '流花', 11],
  ['guangta', '光塔', 12],
  ['renmin', '人民', 12],
  ['dongshan', '东山', 13],
  ['nonglin', '农林', 12],
  ['meihuacun', '梅花村', 11],
  ['huanghuagang', '黄花岗', 14],
  ['huale', '华乐', 12],
  ['jianshe', '建设', 13],
  ['datang', '大塘', 12],
  ['zhuguang', '珠光', 12],
  ['dadong', '大东', 13],
  ['baiyun', '白云', 12],
  ['dengfeng', '登峰', 14],
  ['kuangquan', '矿泉', 13],
  ['shishu', '诗书', 11],
  ['guangwei', '广卫', 11],
  ['donghu', '东湖', 12],
  ['ersha', '二沙', 8],
];

const numerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chineseNumber = (n: number) =>
  n <= 10 ? numerals[n] : n < 20 ? `十${numerals[n - 10]}` : `${numerals[Math.floor(n / 10)]}十${numerals[n % 10]}`;

export interface Street {
  readonly code: string;
  readonly name: string;
  readonly communities: readonly { readonly code: string; readonly name: string }[];
}

export const streets: readonly Street[] = streetList.map(([code, zh, count]) => ({
  code,
  name: `${zh}街道`,
  communities: Array.from({ length: count }, (_, i) => ({
    code: `${code}-${String(i + 1).padStart(2, '0')}`,
    name: `${zh}街第${chineseNumber(i + 1)}社区`,
  })),
}));

const communityStreet = new Map(streets.flatMap((s) => s.communities.map((c) => [c.code, s.code] as const)));

export const isStreet = (code: string) => streets.some((s) => s.code === code);

/** True when the community code names one of the street's communities. */
export const isCommunityOf = (street: string, community: string) => communityStreet.get(community) === street;

/** Yuexiu's region code in resident ID numbers and credit codes (广州市越秀区). */
export const yuexiuRegion = '440104';
