import type { Role } from '../../../functions/src/platform/roles.js';

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
}

export const DEMO_PASSWORD = 'demo-password';

const user = (
  n: number,
  username: string,
  roles: Role[],
  name: string,
  scope: { department?: string; street?: string } = {},
): DemoUser => ({
  username,
  sub: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  roles,
  name,
  email: `${username}@demo.yuexiu.local`,
  ...scope,
});

export const demoUsers: readonly DemoUser[] = [
  user(1, 'citizen1', ['citizen'], '陈小明'),
  user(2, 'citizen2', ['citizen'], '李晓华'),
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

export function findDemoUser(username: string): DemoUser | undefined {
  return demoUsers.find((u) => u.username === username);
}
