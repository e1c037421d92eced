import type { FormProblem, FormProblemCode } from './validate.js';

/** What each form problem says, in Chinese and English; `{label}` and `{limit}` are filled in. */
export const formProblemMessages: Record<FormProblemCode, { zh: string; en: string }> = {
  required: { zh: '请填写{label}', en: '{label} is required' },
  notTicked: { zh: '请勾选{label}', en: 'Tick “{label}”' },
  notText: { zh: '{label}应为文字', en: '{label} must be text' },
  notNumber: { zh: '{label}应为数字', en: '{label} must be a number' },
  notBoolean: { zh: '{label}应勾选或不勾选', en: '{label} must be ticked or not' },
  tooShort: { zh: '{label}至少{limit}个字', en: '{label} needs at least {limit} characters' },
  tooLong: { zh: '{label}最多{limit}个字', en: '{label} allows at most {limit} characters' },
  tooSmall: { zh: '{label}不能小于{limit}', en: '{label} must be at least {limit}' },
  tooLarge: { zh: '{label}不能大于{limit}', en: '{label} must be at most {limit}' },
  notDate: { zh: '{label}应为有效日期（年-月-日）', en: '{label} must be a valid date (YYYY-MM-DD)' },
  notPast: { zh: '{label}不能晚于今天', en: '{label} cannot be after today' },
  notFuture: { zh: '{label}应晚于今天', en: '{label} must be after today' },
  notOption: { zh: '请从列表中选择{label}', en: 'Choose {label} from the list' },
  residentId: {
    zh: '{label}不是有效的18位居民身份证号码',
    en: '{label} is not a valid 18-character resident ID number',
  },
  mobile: { zh: '{label}应为11位手机号码', en: '{label} must be an 11-digit mobile number' },
  email: { zh: '{label}不是有效的电子邮箱地址', en: '{label} is not a valid e-mail address' },
  unknownField: { zh: '表单没有“{label}”这一项', en: 'The form has no field “{label}”' },
};

/** The message of a problem in the given language, naming the field by its label. */
export function formProblemMessage(problem: FormProblem, label: string, language: 'zh' | 'en'): string {
  return formProblemMessages[problem.code][language]
    .replace('{label}', label)
    .replace('{limit}', String(problem.limit ?? ''));
}
