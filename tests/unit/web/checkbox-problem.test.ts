import { describe, expect, it } from 'vitest';
import { problemMessages, problemsFromApi } from '../../../web/components/application-answers.js';

const schema = {
  sections: [
    {
      id: 'pledge',
      title: { zh: '承诺', en: 'Pledge' },
      fields: [
        {
          id: 'pledge',
          type: 'checkbox' as const,
          label: { zh: '本人承诺所填信息真实', en: 'I declare the answers true' },
          required: true,
        },
      ],
    },
  ],
};

describe('an unticked required checkbox', () => {
  it('asks to tick it (请勾选), not to fill it in, also when the API found it', () => {
    const problems = problemsFromApi([{ field: 'answers.pledge', code: 'notTicked' }]);
    expect(problems).toEqual([{ field: 'pledge', code: 'notTicked' }]);
    expect(problemMessages(schema, problems, 'zh').pledge).toBe('请勾选本人承诺所填信息真实');
    expect(problemMessages(schema, problems, 'zh').pledge).not.toContain('请填写');
  });
});
