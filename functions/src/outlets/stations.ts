import type { Outlet } from './model.js';

/**
 * The outlets of the outlet map: 18 street stations, the district service centre and 3 branch stations
 * (the 22 service stations), plus the department windows catalog items name. DEMONSTRATION DATA:
 * names follow the district's streets and departments, but addresses are approximate, phone numbers are
 * placeholders (020-8000xxxx) and none of it is the district's official directory.
 */
type Pair = readonly [zh: string, en: string];
const t = ([zh, en]: Pair) => ({ zh, en });

const weekdays: Pair = [
  '周一至周五 9:00-12:00，13:00-17:00（法定节假日除外）',
  'Mon–Fri 9:00–12:00, 13:00–17:00, except public holidays',
];
const withSaturday: Pair = [
  '周一至周五 9:00-17:00，周六 9:00-12:00（法定节假日除外）',
  'Mon–Fri 9:00–17:00, Sat 9:00–12:00, except public holidays',
];

const phone = (n: number) => `020-8000${String(n).padStart(4, '0')}`;

type Row = readonly [code: string, name: Pair, address: Pair, lat: number, lng: number];

/** [street code, 街道, street, address, lat, lng]. */
const streets: readonly (readonly [string, string, string, Pair, number, number])[] = [
  ['hongqiao', '洪桥', 'Hongqiao', ['解放北路（示例地址）', 'Jiefang North Road (demo address)'], 23.1435, 113.2625],
  ['beijing', '北京', 'Beijing', ['西湖路（示例地址）', 'Xihu Road (demo address)'], 23.1255, 113.2705],
  ['liurong', '六榕', 'Liurong', ['六榕路（示例地址）', 'Liurong Road (demo address)'], 23.1335, 113.2605],
  ['liuhua', '流花', 'Liuhua', ['人民北路（示例地址）', 'Renmin North Road (demo address)'], 23.144, 113.254],
  ['guangta', '光塔', 'Guangta', ['光塔路（示例地址）', 'Guangta Road (demo address)'], 23.1275, 113.2575],
  ['renmin', '人民', 'Renmin', ['大德路（示例地址）', 'Dade Road (demo address)'], 23.122, 113.258],
  ['dongshan', '东山', 'Dongshan', ['署前路（示例地址）', 'Shuqian Road (demo address)'], 23.127, 113.2925],
  ['nonglin', '农林', 'Nonglin', ['农林下路（示例地址）', 'Nonglin Xia Road (demo address)'], 23.129, 113.2965],
  ['meihuacun', '梅花村', 'Meihuacun', ['中山一路（示例地址）', 'Zhongshan 1st Road (demo address)'], 23.134, 113.301],
  [
    'huanghuagang',
    '黄花岗',
    'Huanghuagang',
    ['先烈中路（示例地址）', 'Xianlie Middle Road (demo address)'],
    23.141,
    113.293,
  ],
  ['huale', '华乐', 'Huale', ['华乐路（示例地址）', 'Huale Road (demo address)'], 23.143, 113.2835],
  ['jianshe', '建设', 'Jianshe', ['建设六马路（示例地址）', 'Jianshe 6th Road (demo address)'], 23.1375, 113.281],
  ['datang', '大塘', 'Datang', ['文明路（示例地址）', 'Wenming Road (demo address)'], 23.1225, 113.276],
  ['zhuguang', '珠光', 'Zhuguang', ['珠光路（示例地址）', 'Zhuguang Road (demo address)'], 23.1195, 113.2745],
  ['dadong', '大东', 'Dadong', ['东华南路（示例地址）', 'Donghua South Road (demo address)'], 23.1265, 113.2845],
  ['baiyun', '白云', 'Baiyun', ['东湖路（示例地址）', 'Donghu Road (demo address)'], 23.1215, 113.2935],
  ['dengfeng', '登峰', 'Dengfeng', ['横枝岗路（示例地址）', 'Hengzhigang Road (demo address)'], 23.153, 113.285],
  ['kuangquan', '矿泉', 'Kuangquan', ['瑶台（示例地址）', 'Yaotai (demo address)'], 23.1585, 113.26],
];

const branchStations: readonly Row[] = [
  [
    'branch-huanshi-east',
    ['环市东商务区企业服务站（示例）', 'Huanshi East business district enterprise station (demo)'],
    ['环市东路（示例地址）', 'Huanshi East Road (demo address)'],
    23.1425,
    113.2875,
  ],
  [
    'branch-beijing-road',
    ['北京路文化核心区便民服务点（示例）', 'Beijing Road cultural quarter service point (demo)'],
    ['北京路（示例地址）', 'Beijing Road (demo address)'],
    23.124,
    113.2695,
  ],
  [
    'branch-huanghuagang-tech',
    ['黄花岗科技园企业服务站（示例）', 'Huanghuagang Science Park enterprise station (demo)'],
    ['先烈中路科技园（示例地址）', 'Science park, Xianlie Middle Road (demo address)'],
    23.1395,
    113.2965,
  ],
];

const departmentWindows: readonly Row[] = [
  [
    'marriage-registry',
    ['越秀区婚姻登记处', 'Yuexiu marriage registry'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.131,
    113.278,
  ],
  [
    'social-security-hall',
    ['越秀区社会保险服务大厅', 'Yuexiu social security hall'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.13,
    113.269,
  ],
  [
    'medical-insurance-hall',
    ['越秀区医疗保障服务大厅', 'Yuexiu medical insurance hall'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.1318,
    113.2715,
  ],
  [
    'tax-service-hall',
    ['越秀区税务局办税服务厅', 'Yuexiu tax service hall'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.1345,
    113.276,
  ],
  [
    'police-household-windows',
    ['公安越秀分局户政服务窗口', 'Household registration windows, Yuexiu police'],
    ['各派出所户政窗口（示例地址）', 'Household windows of the police stations (demo address)'],
    23.128,
    113.275,
  ],
  [
    'migrant-service-stations',
    ['越秀区来穗人员服务窗口', 'Yuexiu service window for residents from elsewhere'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.133,
    113.268,
  ],
  [
    'community-health-centres',
    ['社区卫生服务中心预防接种门诊', 'Vaccination clinics of the community health centres'],
    ['各社区卫生服务中心（示例地址）', 'Community health centres (demo address)'],
    23.125,
    113.282,
  ],
  [
    'labour-arbitration-court',
    ['越秀区劳动人事争议仲裁院', 'Yuexiu labour dispute arbitration court'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.136,
    113.272,
  ],
  [
    'veterans-service-centre',
    ['越秀区退役军人服务中心', 'Yuexiu veterans service centre'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.13,
    113.28,
  ],
];

const row =
  (type: Outlet['type'], kind: Outlet['kind'], hours: Pair, n: number) =>
  ([code, name, address, lat, lng]: Row): Outlet => ({
    code,
    type,
    kind,
    name: t(name),
    address: t(address),
    hours: t(hours),
    phone: phone(n),
    location: { lat, lng },
    demo: true,
  });

/** Every outlet, street stations first. */
export const outlets: readonly Outlet[] = [
  ...streets.map(([code, zh, en, address, lat, lng], i) =>
    row(
      'street',
      'street-station',
      weekdays,
      101 + i,
    )([`street-${code}`, [`${zh}街道政务服务中心`, `${en} Street government service station`], address, lat, lng]),
  ),
  ...branchStations.map((r, i) => row('street', 'branch-station', weekdays, 201 + i)(r)),
  row(
    'department',
    'service-centre',
    withSaturday,
    1,
  )([
    'district-service-centre',
    ['越秀区政务服务中心', 'Yuexiu District government service centre'],
    ['越秀区（示例地址）', 'Yuexiu District (demo address)'],
    23.129,
    113.266,
  ]),
  ...departmentWindows.map((r, i) => row('department', 'department-window', weekdays, 301 + i)(r)),
];

/** The 22 service stations: street stations, branch stations and the district service centre. */
export const serviceStations = outlets.filter((o) => o.kind !== 'department-window');
