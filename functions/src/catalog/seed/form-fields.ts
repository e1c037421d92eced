import type { FormField } from '../../forms/model.js';
import { residentIdCheckCharacter } from '../../platform/personal-data/resident-id.js';
import { field } from './field.js';

/**
 * What some items' forms ask beyond the applicant's details, by item code. Items not listed here ask
 * only for the applicant, remarks and the pledge. A date that must lie in the past or the future gives
 * its sample as days from the day it is shown (`exampleDays`, forms/samples.ts), never as a fixed date.
 */

const sampleId = (first17: string) => first17 + residentIdCheckCharacter(first17);

const gender = field('childGender', 'radio', ['性别', 'Sex'], {
  options: [
    ['male', ['男', 'Male']],
    ['female', ['女', 'Female']],
  ],
  example: 'female',
});

export const itemFormFields: Readonly<Record<string, readonly FormField[]>> = {
  // 内地居民结婚登记
  '440104-MZ-0001': [
    field('partnerName', 'text', ['另一方姓名', "The other party's name"], {
      personal: 'name',
      maxLength: 50,
      example: '陈小红',
    }),
    field('partnerIdNumber', 'resident-id', ['另一方居民身份证号码', "The other party's resident ID number"], {
      example: sampleId('44010219920315246'),
    }),
    field('appointmentDate', 'date', ['预约登记日期', 'Appointment date'], { when: 'future', exampleDays: 30 }),
  ],
  // 高龄老人津贴申领: the age and household registration the allowance rests on, which the applicant may let the
  // person registry fill in (使用基础库中的本人信息预填); optional, as the ID card shows them too.
  '440104-MZ-0007': [
    field('birthDate', 'date', ['出生日期', 'Date of birth'], {
      required: false,
      when: 'past',
      prefill: 'birthDate',
      exampleDays: -30_000,
    }),
    field('householdAddress', 'text', ['户籍地址', 'Address of household registration'], {
      required: false,
      maxLength: 200,
      personal: 'address',
      prefill: 'address',
      example: '广州市越秀区北京路1号101房',
    }),
  ],
  // 最低生活保障申请
  '440104-MZ-0004': [
    field('householdSize', 'number', ['共同生活家庭成员人数', 'People in the household'], {
      min: 1,
      max: 20,
      example: 3,
    }),
    field('monthlyIncome', 'number', ['家庭月总收入（元）', 'Household income per month (CNY)'], {
      min: 0,
      max: 1_000_000,
      example: 1800,
    }),
    field('hardshipReason', 'textarea', ['申请理由', 'Why you apply'], {
      maxLength: 1000,
      example: '家庭主要劳动力因病失去工作能力',
    }),
  ],
  // 失业登记
  '440104-RS-0001': [
    field('lastEmployer', 'text', ['原工作单位', 'Last employer'], { maxLength: 100, example: '广州某某商贸有限公司' }),
    field('employmentEndDate', 'date', ['劳动关系终止日期', 'Date the employment ended'], {
      when: 'past',
      exampleDays: -60,
    }),
    field('endReason', 'select', ['失业原因', 'Why the employment ended'], {
      options: [
        ['contract-expired', ['劳动合同期满', 'The contract expired']],
        ['dismissed', ['被用人单位解除', 'Dismissed by the employer']],
        ['resigned', ['本人辞职', 'Resigned']],
        ['business-closed', ['单位关闭、破产', 'The employer closed down']],
      ],
      example: 'contract-expired',
    }),
  ],
  // 按月领取基本养老金申请（退休申请）
  '440104-RS-0005': [
    field('workStartDate', 'date', ['参加工作时间', 'Date you started working'], {
      when: 'past',
      example: '1992-07-01',
    }),
    field('retirementKind', 'radio', ['退休类别', 'Kind of retirement'], {
      options: [
        ['statutory-age', ['达到法定退休年龄', 'Statutory retirement age']],
        ['flexible', ['弹性提前退休', 'Flexible early retirement']],
      ],
      example: 'statutory-age',
    }),
  ],
  // 个体工商户设立登记
  '440104-SJ-0001': [
    field('businessName', 'text', ['拟用名称', 'Proposed business name'], {
      maxLength: 60,
      example: '越秀区示例小吃店',
    }),
    field('businessScope', 'textarea', ['经营范围', 'Business scope'], {
      maxLength: 500,
      example: '餐饮服务；食品销售',
    }),
    field('capital', 'number', ['资金数额（万元）', 'Capital (10,000 CNY)'], { min: 0, max: 100_000, example: 10 }),
    field('employees', 'number', ['从业人数', 'People employed'], { min: 1, max: 1000, example: 3 }),
  ],
  // 有限责任公司设立登记
  '440104-SJ-0002': [
    field('companyName', 'text', ['拟设立公司名称', 'Proposed company name'], {
      maxLength: 100,
      example: '广州越秀示例科技有限公司',
    }),
    field('registeredCapital', 'number', ['注册资本（万元）', 'Registered capital (10,000 CNY)'], {
      min: 0,
      max: 10_000_000,
      example: 100,
    }),
    field('businessScope', 'textarea', ['经营范围', 'Business scope'], {
      maxLength: 1000,
      example: '软件开发；信息技术咨询服务',
    }),
  ],
  // 生育登记
  '440104-WJ-0004': [
    field('childOrder', 'radio', ['本次登记为第几孩', 'Which child this is'], {
      options: [
        ['first', ['一孩', 'First']],
        ['second', ['二孩', 'Second']],
        ['third', ['三孩', 'Third']],
      ],
      example: 'first',
    }),
    field('spouseName', 'text', ['配偶姓名', "Spouse's name"], { personal: 'name', maxLength: 50, example: '陈小红' }),
  ],
  // 出生登记（新生儿入户）
  '440104-GA-0001': [
    field('childName', 'text', ['新生儿姓名', "The baby's name"], {
      personal: 'name',
      maxLength: 50,
      example: '张小越',
    }),
    field('childBirthDate', 'date', ['出生日期', 'Date of birth'], { when: 'past', exampleDays: -20 }),
    gender,
    field('birthHospital', 'text', ['出生医院', 'Hospital of birth'], {
      maxLength: 100,
      example: '广州市妇女儿童医疗中心',
    }),
  ],
  // 义务教育公办学校小学一年级入学
  '440104-JY-0001': [
    field('childName', 'text', ['适龄儿童姓名', "The child's name"], {
      personal: 'name',
      maxLength: 50,
      example: '张小越',
    }),
    field('childIdNumber', 'resident-id', ['儿童居民身份证号码', "The child's resident ID number"], {
      example: sampleId('44010420200615321'),
    }),
    { ...gender },
    field('guardianRelation', 'select', ['申请人与儿童关系', 'Your relation to the child'], {
      options: [
        ['father', ['父亲', 'Father']],
        ['mother', ['母亲', 'Mother']],
        ['guardian', ['其他法定监护人', 'Other legal guardian']],
      ],
      example: 'father',
    }),
  ],
  // 跨省异地就医备案
  '440104-YB-0002': [
    field('destinationProvince', 'text', ['就医地（省、市）', 'Where you will be treated (province, city)'], {
      maxLength: 60,
      example: '湖南省长沙市',
    }),
    field('startDate', 'date', ['备案开始日期', 'From'], { when: 'future', exampleDays: 14 }),
    field('filingReason', 'select', ['备案类别', 'Reason'], {
      options: [
        ['resident-elsewhere', ['异地长期居住', 'Living there long term']],
        ['referral', ['转诊转院', 'Referred to a hospital there']],
        ['temporary', ['临时外出就医', 'Treatment while away']],
      ],
      example: 'resident-elsewhere',
    }),
  ],
};
