import type { FormField, FormSchema } from '../../forms/model.js';
import { residentIdCheckCharacter } from '../../platform/personal-data/resident-id.js';
import type { ServiceItem } from '../model.js';
import { field } from './field.js';
import { t } from './pair.js';
import { itemFormFields } from './form-fields.js';

/**
 * Every seed item's application form (申请表): who applies (prefilled from the citizen's profile), what the
 * item needs to know (form-fields.ts), and the applicant's pledge (告知承诺) that the answers are true.
 */

/** A made-up but valid resident ID number for samples (never a real person's). */
const sampleIdNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);

const isOrganisation = { showWhen: { field: 'applicantType', equals: 'organisation' } } as const;
const isPerson = { showWhen: { field: 'applicantType', equals: 'person' } } as const;

const personFields = (when: object = {}): FormField[] => [
  field('applicantName', 'text', ['申请人姓名', "Applicant's name"], {
    maxLength: 50,
    prefill: 'name',
    example: '张晓明',
    ...when,
  }),
  field('idNumber', 'resident-id', ['居民身份证号码', 'Resident ID number'], {
    prefill: 'idNumber',
    example: sampleIdNumber('44010419900101123'),
    ...when,
  }),
];

const organisationFields: FormField[] = [
  field('organisationName', 'text', ['单位名称', 'Name of the organisation'], {
    maxLength: 100,
    example: '广州越秀示例贸易有限公司',
    ...isOrganisation,
  }),
  field('creditCode', 'text', ['统一社会信用代码', 'Unified social credit code'], {
    minLength: 18,
    maxLength: 18,
    help: ['18位，见营业执照', '18 characters, printed on the business licence'],
    example: '91440104MA5XXXXXX1',
    ...isOrganisation,
  }),
  field('legalRepresentative', 'text', ['法定代表人', 'Legal representative'], {
    maxLength: 50,
    example: '李四',
    ...isOrganisation,
  }),
  field('contactName', 'text', ['联系人', 'Contact person'], {
    maxLength: 50,
    prefill: 'name',
    example: '王五',
    ...isOrganisation,
  }),
];

const contactFields: FormField[] = [
  field('mobile', 'mobile', ['联系手机', 'Mobile number'], { prefill: 'phone', example: '13800138000' }),
  field('email', 'email', ['电子邮箱', 'E-mail'], { required: false, prefill: 'email', example: 'zhang@example.cn' }),
  field('address', 'text', ['联系地址', 'Postal address'], {
    maxLength: 120,
    personal: 'address',
    example: '广州市越秀区北京街道示例路1号',
  }),
];

function applicantFields(audience: ServiceItem['audience']): FormField[] {
  if (audience.length > 1) {
    const type = field('applicantType', 'radio', ['申请人类型', 'Applicant'], {
      options: [
        ['person', ['个人', 'A person']],
        ['organisation', ['单位', 'An organisation']],
      ],
      example: 'person',
    });
    return [type, ...personFields(isPerson), ...organisationFields, ...contactFields];
  }
  if (audience[0] === 'enterprise') {
    return [...organisationFields.map(({ showWhen: _when, ...f }) => f), ...contactFields];
  }
  return [...personFields(), ...contactFields];
}

const pledge = field(
  'pledge',
  'checkbox',
  ['本人承诺所填信息及所交材料真实、有效', 'I declare the answers and materials true and valid'],
  {
    example: true,
  },
);

/** The application form of an item, by its code, name and audience. */
export function applicationForm(
  code: string,
  name: ServiceItem['name'],
  audience: ServiceItem['audience'],
): FormSchema {
  const specific = itemFormFields[code] ?? [];
  return {
    title: { zh: `${name.zh}申请表`, en: `Application: ${name.en}` },
    sections: [
      { id: 'applicant', title: t(['申请人信息', 'Applicant']), fields: applicantFields(audience) },
      {
        id: 'application',
        title: t(['申请事项', 'The application']),
        fields: [
          ...specific,
          field('remarks', 'textarea', ['补充说明', 'Anything else we should know'], {
            required: false,
            maxLength: 500,
            example: '无',
          }),
          pledge,
        ],
      },
    ],
  };
}
