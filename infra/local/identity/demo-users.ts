import { createHash } from 'node:crypto';
import { seedItems } from '../../../functions/src/catalog/seed/index.js';
import { departments } from '../../../functions/src/catalog/taxonomy.js';
import { outlets } from '../../../functions/src/outlets/stations.js';
import { streets } from '../../../functions/src/registries/geography.js';
import { staffRoles, type Role } from '../../../functions/src/platform/roles.js';
import { demoTotpSecret, totpCode } from './totp.js';

/**
 * Demo users of the embedded local cloud only (the CDK app creates no users). Every one has the
 * password `demo-password`. Subjects are fixed so demo data stays attached across restarts.
 */
export interface DemoUser {
  readonly username: string;
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly name: string;
  readonly email: string;
  readonly department?: string;
  readonly street?: string;
  /** A citizen's resident ID number, from the demo population (demo-population.json); seeded verified. */
  readonly idNumber?: string;
  /**
   * The TOTP secret of a user with MFA on (base32, demo data): every staff user, as the staff pool
   * requires TOTP, and citizens who turned it on (optional in the citizen pool). Absent: no MFA.
   */
  readonly totpSecret?: string;
}

export const DEMO_PASSWORD = 'demo-password';

/** A demo user; `n` numbers the first users' subjects, later ones take theirs from the username. */
const user = (
  n: number | undefined,
  username: string,
  roles: Role[],
  name: string,
  scope: { department?: string; street?: string; idNumber?: string; mfa?: boolean } = {},
): DemoUser => ({
  username,
  sub: `00000000-0000-4000-8000-${
    n === undefined ? createHash('sha256').update(username).digest('hex').slice(0, 12) : String(n).padStart(12, '0')
  }`,
  roles,
  name,
  email: `${username}@demo.yuexiu.local`,
  ...(scope.department ? { department: scope.department } : {}),
  ...(scope.street ? { street: scope.street } : {}),
  ...(scope.idNumber ? { idNumber: scope.idNumber } : {}),
  ...(scope.mfa || roles.some((r) => staffRoles.includes(r)) ? { totpSecret: demoTotpSecret(username) } : {}),
});

/** The departments that own an item citizens apply for online: each has a demo officer and head. */
export const onlineDepartments: readonly string[] = departments
  .map((d) => d.code)
  .filter((code) => seedItems.some((item) => item.department === code && item.online));

/** The district's 22 streets (the grid's): each has a demo grid inspector. */
const gridStreets: readonly string[] = streets.map((s) => s.code);

/** The street codes of the street stations (street-<code> on the outlet map): each has a demo clerk. */
export const streetCodes: readonly string[] = outlets
  .filter((o) => o.kind === 'street-station')
  .map((o) => o.code.slice('street-'.length));

/** Surnames for the generated staff, none of them a first user's, so that every staff name is distinct. */
const surnames = [
  ...'杨徐胡朱高罗郭马梁宋谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范',
];
let named = 0;
const nextSurname = () => surnames[named++ % surnames.length] as string;

/** The first users; tests and the README name them, so they stay exactly as they are. */
const firstUsers: readonly DemoUser[] = [
  user(1, 'citizen1', ['citizen'], '陈小明', { idNumber: '440104198503152014' }),
  user(2, 'citizen2', ['citizen'], '李晓华', { idNumber: '440104199208234521' }),
  user(3, 'enterprise1', ['enterprise'], '越秀示范餐饮有限公司'),
  user(4, 'clerk1', ['clerk'], '黄柜员', { street: 'beijing' }),
  user(5, 'officer1', ['officer'], '张审核', { department: 'civil-affairs' }),
  user(6, 'officer2', ['officer'], '王审核', { department: 'market-supervision' }),
  user(7, 'head1', ['head'], '刘科长', { department: 'civil-affairs' }),
  user(8, 'inspector1', ['inspector'], '周网格', { street: 'beijing' }),
  user(9, 'dispatcher1', ['dispatcher'], '吴调度'),
  user(10, 'docclerk1', ['docclerk'], '郑文书', { department: 'district-office' }),
  user(11, 'steward1', ['steward'], '孙数据', { department: 'data-center' }),
  user(12, 'supervisor1', ['supervisor'], '赵监察'),
  user(13, 'admin1', ['admin'], '系统管理员'),
  user(14, 'cataloger1', ['cataloger'], '钱目录', { department: 'district-office' }),
  user(15, 'clerk2', ['clerk'], '林柜员', { street: 'liurong' }),
  user(16, 'head2', ['head'], '何科长', { department: 'market-supervision' }),
];

/** Whether one of the first users already holds `role` for `unit`. */
const served = (role: Role, unit: string) =>
  firstUsers.some((u) => u.roles.includes(role) && (role === 'clerk' ? u.street === unit : u.department === unit));

/**
 * More demo users so that every inbox has someone to open it: officer-<department> and head-<department> for
 * every department with an online item, clerk-<street> for every street station (where the first users do
 * not already serve it), and a few more citizens and an enterprise to own the demo cases.
 */
const moreUsers: readonly DemoUser[] = [
  user(17, 'citizen3', ['citizen'], '王芳'),
  // A citizen who turned TOTP on (optional for citizens): the citizen side of the MFA sign-in.
  user(18, 'citizen4', ['citizen'], '黄伟强', { mfa: true }),
  user(19, 'enterprise2', ['enterprise'], '越秀示范科技有限公司'),
  // Civil affairs' bureau chief: the configured signer (签发人) of its official documents (official-documents/).
  user(undefined, 'leader1', ['head'], '韦局长', { department: 'civil-affairs' }),
  ...onlineDepartments.flatMap((department) => [
    ...(served('officer', department)
      ? []
      : [user(undefined, `officer-${department}`, ['officer'], `${nextSurname()}审核`, { department })]),
    ...(served('head', department)
      ? []
      : [user(undefined, `head-${department}`, ['head'], `${nextSurname()}科长`, { department })]),
  ]),
  ...streetCodes.flatMap((street) =>
    served('clerk', street) ? [] : [user(undefined, `clerk-${street}`, ['clerk'], `${nextSurname()}柜员`, { street })],
  ),
  // A grid inspector (网格员) for every street but 北京街 (inspector1's): grid/cells.ts names them per cell.
  ...gridStreets
    .filter((street) => street !== 'beijing')
    .map((street) => user(undefined, `inspector-${street}`, ['inspector'], `${nextSurname()}网格`, { street })),
  // The data center's head: decides other departments' requests for the base registries (data-sharing/).
  user(undefined, 'head-data-center', ['head'], '欧阳主任', { department: 'data-center' }),
  // Market supervision's second officer: a reader its head names when a received document circulates (传阅).
  user(undefined, 'officer3', ['officer'], '邝审核', { department: 'market-supervision' }),
  // A document clerk (公文管理员) for every department (docclerk1 is the district office's): each registers and
  // proposes the handling of the documents its department receives (收文, official-documents/receipts.ts).
  ...departments.map((d) =>
    user(undefined, `docclerk-${d.code}`, ['docclerk'], `${nextSurname()}文书`, { department: d.code }),
  ),
];

export const demoUsers: readonly DemoUser[] = [...firstUsers, ...moreUsers];

/** The demo user who holds `role` for `unit` (a department, or a street for clerks), if any. */
export function demoUserFor(role: 'officer' | 'head' | 'clerk', unit: string): DemoUser | undefined {
  return demoUsers.find(
    (u) => u.roles.includes(role) && (role === 'clerk' ? u.street === unit : u.department === unit),
  );
}

export function findDemoUser(username: string): DemoUser | undefined {
  return demoUsers.find((u) => u.username === username);
}

/**
 * What the password shortcut (`POST /api/auth/local/token`) needs to sign a demo user in: the demo password
 * and, for users with MFA on, the authenticator code of now (the one clock's).
 */
export function demoCredentials(username: string): { username: string; password: string; totp?: string } {
  const secret = findDemoUser(username)?.totpSecret;
  return { username, password: DEMO_PASSWORD, ...(secret ? { totp: totpCode(secret) } : {}) };
}
