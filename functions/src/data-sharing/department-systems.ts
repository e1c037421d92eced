/**
 * The consuming departments' systems that get a Cognito app client with client credentials on AWS (one each,
 * infra/lib/auth-stack.ts). Locally a department's head registers its systems through the API instead
 * (machine-clients.ts) and the local identity provider checks their secrets.
 */
export const departmentSystems = [
  {
    id: 'market-supervision-registration',
    department: 'market-supervision',
    name: { zh: '市场主体登记系统', en: 'Market entity registration system' },
  },
] as const;
