/**
 * The consuming departments' systems that get a Cognito app client with client credentials at deployment on AWS (one
 * each, infra/lib/auth-stack.ts): the bootstrap set, whose ids the staff API's JWT authorizer lists as audiences.
 * Department heads register further systems, rotate and revoke them at run time through the machine client directory
 * (client-directory/: the local identity provider locally, app clients of the same staff pool on AWS).
 */
export const departmentSystems = [
  {
    id: 'market-supervision-registration',
    department: 'market-supervision',
    name: { zh: '市场主体登记系统', en: 'Market entity registration system' },
  },
] as const;
