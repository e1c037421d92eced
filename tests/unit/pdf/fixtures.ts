import type { FormField, FormSchema } from '../../../functions/src/forms/model.js';
import type { FormPdfItem } from '../../../functions/src/pdf/form-pdf.js';
import type { Receipt } from '../../../functions/src/pdf/receipt-pdf.js';
import type { ResultNotice } from '../../../functions/src/pdf/result-pdf.js';

/** Test data for the PDF renderers: a marriage registration form, a long form, a receipt and a result. */

const field = (
  id: string,
  type: FormField['type'],
  zh: string,
  en: string,
  rest: Partial<FormField> = {},
): FormField => ({
  id,
  type,
  label: { zh, en },
  required: true,
  ...rest,
});

export const item: FormPdfItem = {
  code: '440104-MZ-0001',
  name: { zh: '内地居民婚姻登记', en: 'Marriage registration' },
  departmentName: { zh: '广州市越秀区民政局', en: 'Yuexiu District Civil Affairs Bureau' },
};

export const form: FormSchema = {
  title: { zh: '婚姻登记申请表', en: 'Marriage registration application' },
  sections: [
    {
      id: 'applicant',
      title: { zh: '申请人信息', en: 'Applicant' },
      fields: [
        field('applicantType', 'radio', '申请人类型', 'Applicant', {
          options: [
            { value: 'person', label: { zh: '个人', en: 'A person' } },
            { value: 'organisation', label: { zh: '单位', en: 'An organisation' } },
          ],
          example: 'person',
        }),
        field('applicantName', 'text', '申请人姓名', "Applicant's name", {
          example: '蔺晓明',
          showWhen: { field: 'applicantType', equals: 'person' },
        }),
        field('organisationName', 'text', '单位名称', 'Name of the organisation', {
          example: '广州越秀示例贸易有限公司',
          showWhen: { field: 'applicantType', equals: 'organisation' },
        }),
        field('idNumber', 'resident-id', '居民身份证号码', 'Resident ID number', { example: '440104199001011234' }),
        field('birthDate', 'date', '出生日期', 'Date of birth', { example: '1990-01-01', when: 'past' }),
        field('mobile', 'mobile', '联系手机', 'Mobile number', { example: '13800138000' }),
        field('email', 'email', '电子邮箱', 'E-mail', { required: false, example: 'zhang@example.cn' }),
      ],
    },
    {
      id: 'details',
      title: { zh: '办理信息', en: 'Details' },
      fields: [
        field('district', 'select', '户籍所在区', 'District of household registration', {
          options: [
            { value: 'yuexiu', label: { zh: '越秀区', en: 'Yuexiu' } },
            { value: 'tianhe', label: { zh: '天河区', en: 'Tianhe' } },
            { value: 'haizhu', label: { zh: '海珠区', en: 'Haizhu' } },
          ],
          example: 'yuexiu',
        }),
        field('address', 'text', '联系地址', 'Postal address', {
          example: '广州市越秀区北京街道示例路1号',
          help: { zh: '请写到门牌号', en: 'Include the house number' },
        }),
        field('copies', 'number', '申领份数', 'Copies', { example: 2, min: 1, max: 5 }),
        field('remarks', 'textarea', '情况说明', 'Remarks', { required: false, example: '无' }),
        field(
          'pledge',
          'checkbox',
          '本人承诺所填信息真实、准确，并承担相应法律责任',
          'I declare that the information is true',
          {
            example: true,
          },
        ),
      ],
    },
  ],
};

/** Rare-ish characters the font covers, and one it does not (𠮷, CJK Extension B). */
export const rareName = '蔺粤穗鑫龘㵘';
export const uncoveredName = '𠮷野';

export const answers = {
  applicantType: 'person',
  applicantName: `张${rareName}`,
  idNumber: '44010419900101123X',
  birthDate: '1990-01-01',
  mobile: '13900139000',
  district: 'tianhe',
  address: `广州市越秀区中山四路 123 号 ${uncoveredName}家`,
  copies: 3,
  remarks:
    '因工作原因需加急办理。'.repeat(30) +
    ' Supporting letter from the employer (Guangzhou Example Trading Co., Ltd.) attached.',
  pledge: true,
};

/** A form of 60 fields in 3 sections, to fill several pages. */
export const longForm: FormSchema = {
  title: { zh: '长表单测试', en: 'A long form' },
  sections: [0, 1, 2].map((s) => ({
    id: `section${s}`,
    title: { zh: `第${s + 1}部分`, en: `Part ${s + 1}` },
    fields: Array.from({ length: 20 }, (_, f) =>
      field(
        `field${s}x${f}`,
        f % 5 === 4 ? 'textarea' : 'text',
        `第${s + 1}部分第${f + 1}项`,
        `Part ${s + 1} item ${f + 1}`,
        {
          example: `示例${s + 1}-${f + 1}`,
        },
      ),
    ),
  })),
};

export const statusUrl = 'https://yuexiu-hao.example.gov.cn/cases/YX20260105-000123';

export const receipt: Receipt = {
  caseNumber: 'YX20260105-000123',
  item: { code: item.code, name: item.name },
  departmentName: item.departmentName,
  applicantName: '张*三',
  channel: 'counter',
  station: '越秀区政务服务中心 3 号窗口',
  submittedAt: '2026-01-05T02:10:00Z',
  acceptedAt: '2026-01-05T02:30:00Z',
  promisedDeadline: '2026-01-12',
  materials: [
    { name: '居民身份证', count: 1, fileName: 'id-card.pdf', sha256: 'a'.repeat(64) },
    { name: '户口簿', count: 1 },
    { name: '近期2寸半身免冠合影照片', count: 3, fileName: '合影照片.jpg', sha256: '0123456789abcdef'.repeat(4) },
  ],
  statusUrl,
  consultationPhone: '020-83000000',
};

export const result: ResultNotice = {
  caseNumber: receipt.caseNumber,
  item: receipt.item,
  departmentName: receipt.departmentName,
  applicantName: '张*三',
  outcome: 'rejected',
  decidedAt: '2026-01-08T07:45:00Z',
  comment: '申请材料中的户口簿信息与居民身份证信息不一致，请核实后重新申请。',
  decidedBy: { zh: '婚姻登记处审批岗', en: 'Approval desk, Marriage Registry' },
  documentNumber: '越民婚〔2026〕12号',
  statusUrl,
};
