/**
 * Search figures (not tests): in-process search latency over the plan's full scale — 580 catalog items
 * (their item and FAQ documents) plus 72,000 generated information items (short Chinese notices) — the
 * index build time, the heap it takes and its snapshot size.
 *
 *   npx tsx --expose-gc scripts/bench/search.ts
 */
import { pathToFileURL } from 'node:url';
import { departments } from '../../functions/src/catalog/taxonomy.js';
import { informationDocument, serviceDocuments, type InformationItem } from '../../functions/src/search/documents.js';
import { createInProcessIndex, loadInProcessIndex, type SearchIndex } from '../../functions/src/search/search-index.js';
import { indexTerms } from '../../functions/src/search/segmenter.js';
import { searchIn } from '../../functions/src/search/service.js';
import { generateCatalog, random } from '../generate-catalog.js';

export const informationItemCount = 72_000;

const streets = [
  '北京街',
  '六榕街',
  '流花街',
  '光塔街',
  '人民街',
  '东山街',
  '农林街',
  '梅花村街',
  '黄花岗街',
  '华乐街',
  '建设街',
  '大塘街',
  '珠光街',
  '大东街',
  '白云街',
  '登峰街',
  '矿泉街',
];
const subjects = [
  '居民身份证集中换领',
  '新生儿出生登记',
  '结婚登记预约',
  '失业登记',
  '城乡居民医疗保险参保',
  '住房公积金提取',
  '长者饭堂助餐',
  '义务教育招生',
  '垃圾分类',
  '消防安全检查',
  '个体工商户年报',
  '营业执照办理',
  '退休人员社会化管理',
  '残疾人两项补贴',
  '低保家庭复核',
  '退役军人优待证',
  '社保卡补换',
  '户口迁移',
  '居住证办理',
  '食品经营许可',
];
const kinds = ['的通知', '的公告', '工作的公示', '相关事项的提醒', '的办理指引', '延长办理时间的通知'];
const actions = ['开展', '做好', '调整', '暂停', '恢复', '集中办理'];
const sentences = [
  '请辖区居民携带居民身份证、户口簿到街道政务服务中心办理。',
  '办理时间为工作日上午9:00至12:00，下午14:00至17:30。',
  '可通过“越秀号”小程序在线预约，减少现场排队。',
  '如有疑问，请拨打咨询电话020-83000000。',
  '符合条件的申请人可在线提交材料，实现“零跑动”。',
  '逾期未办理的，将影响相关待遇的领取。',
  '节假日期间窗口暂停服务，网上办理不受影响。',
  '特殊困难群体可申请上门服务。',
];

/** Short, realistic Chinese notices: deterministic for a seed. */
export function generateInformationItems(count = informationItemCount, seed = 20260101): InformationItem[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const items: InformationItem[] = [];
  for (let i = 0; i < count; i++) {
    const street = pick(streets);
    const subject = pick(subjects);
    const year = 2020 + Math.floor(next() * 7);
    items.push({
      id: `N-${String(i + 1).padStart(6, '0')}`,
      title: { zh: `关于${street}${year}年${pick(actions)}${subject}${pick(kinds)}` },
      body: `${street}${subject}：${pick(sentences)}${pick(sentences)}${next() < 0.5 ? pick(sentences) : ''}`,
      department: pick(departments).code,
    });
  }
  return items;
}

/** Citizens' queries: Chinese words and phrases, English, English with typos, synonyms, one character. */
const queries = [
  '结婚',
  '结婚登记',
  '离婚',
  '身份证',
  '居民身份证',
  '户口迁移',
  '户籍',
  '新生儿',
  '出生医学证明',
  '生孩子',
  '营业执照',
  '开餐馆',
  '食品经营许可',
  '社保',
  '社保卡补办',
  '医保',
  '公积金提取',
  '退休',
  '养老金',
  '失业登记',
  '低保',
  '残疾人补贴',
  '义务教育入学',
  '居住证',
  '垃圾分类',
  '税',
  '发票',
  '长者饭堂',
  '退役军人',
  '消防',
  'marriage',
  'mariage registraton',
  'ID card',
  'unemployment',
  'unemploymnet benefit',
  'retirement pension',
  'business licence',
  'birth registration',
  'newborn',
  'housing fund',
];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
/**
 * JS heap and array buffers (the index keeps its postings in typed arrays, outside the heap), after GC.
 * Dead array buffers are released after the collection that finds them, so measure after a pause.
 */
async function memoryUsed(): Promise<number> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

export interface LatencyFigures {
  readonly documents: number;
  readonly searches: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Times `rounds` passes over the query list, after one warm-up pass. */
function measureLatency(index: SearchIndex, rounds: number): LatencyFigures {
  for (const q of queries) searchIn(index, { q });
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const started = performance.now();
      searchIn(index, { q, pageSize: 10 });
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return {
    documents: index.documentCount,
    searches: times.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1]!),
  };
}

export interface SegmenterFigure {
  readonly characters: number;
  readonly ms: number;
  /** Microseconds per character: flat when the segmenter's time is linear in the text's length. */
  readonly usPerCharacter: number;
}

/** Times `indexTerms` over texts 1, 4, 16 and 64 times longer (median of 5), to show the time is linear. */
export function measureSegmenter(): SegmenterFigure[] {
  const sentence = '申请人持居民身份证、户口簿到街道办事处办理，审核通过后发放证件。';
  indexTerms(sentence.repeat(100));
  return [125, 500, 2_000, 8_000].map((times) => {
    const text = sentence.repeat(times);
    const runs = Array.from({ length: 5 }, () => {
      const started = performance.now();
      indexTerms(text);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    const ms = runs[2]!;
    return { characters: text.length, ms: round(ms), usPerCharacter: round((ms * 1000) / text.length, 3) };
  });
}

export interface SearchFigures {
  /** Document segmentation time against the text's length. */
  readonly segmenter: readonly SegmenterFigure[];
  /** The catalog alone (580 items and their FAQs), as served today. */
  readonly catalogOnly: LatencyFigures & { readonly buildMs: number };
  readonly documents: number;
  readonly catalogItems: number;
  readonly informationItems: number;
  readonly buildMs: number;
  /** Memory taken by the index: JS heap and array buffers (after GC when run with --expose-gc). */
  readonly indexHeapMiB: number;
  readonly snapshotMiB: number;
  readonly snapshotLoadMs: number;
  /** The plan's full scale: the catalog plus the information items. */
  readonly fullScale: LatencyFigures;
}

/** Builds the catalog-only and the full-scale index and times `rounds` passes over the queries on each. */
export async function measureSearch(rounds = 25): Promise<SearchFigures> {
  const catalog = generateCatalog(580);
  const notices = generateInformationItems();
  const catalogDocuments = catalog.flatMap((item) =>
    serviceDocuments({ ...item, publishedVersion: 1, publishedAt: '2026-01-01' }),
  );
  const catalogStarted = performance.now();
  const catalogIndex = createInProcessIndex(catalogDocuments);
  const catalogBuildMs = Math.round(performance.now() - catalogStarted);
  const catalogOnly = { ...measureLatency(catalogIndex, rounds), buildMs: catalogBuildMs };
  const documents = [...catalogDocuments, ...notices.map(informationDocument)];
  const heapBefore = await memoryUsed();
  const buildStarted = performance.now();
  const index = createInProcessIndex(documents);
  const buildMs = performance.now() - buildStarted;
  const indexHeap = (await memoryUsed()) - heapBefore;

  const snapshot = index.toSnapshot();
  const loadStarted = performance.now();
  loadInProcessIndex(snapshot);
  const snapshotLoadMs = performance.now() - loadStarted;

  return {
    segmenter: measureSegmenter(),
    documents: index.documentCount,
    catalogItems: catalog.length,
    informationItems: notices.length,
    buildMs: Math.round(buildMs),
    indexHeapMiB: mib(indexHeap),
    snapshotMiB: mib(snapshot.byteLength),
    snapshotLoadMs: Math.round(snapshotLoadMs),
    catalogOnly,
    fullScale: measureLatency(index, rounds),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void measureSearch().then((figures) => console.log(JSON.stringify(figures, undefined, 2)));
}
