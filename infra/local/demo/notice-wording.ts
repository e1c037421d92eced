import type { SeededRandom } from './random.js';

/**
 * What the demo notices say, per department: the matters it announces (通知公告), the policy documents it
 * issues (政策文件) and how it explains them (政策解读). Months, places and numbers vary, so the few hundred
 * notices of the seed read like a district's year of public information.
 */

interface DepartmentWording {
  /** The short name the department signs with, and its document-number prefix (越民, 越市监…). */
  readonly short: string;
  readonly prefix: string;
  readonly matters: readonly string[];
  readonly policies: readonly string[];
}

const wording: Readonly<Record<string, DepartmentWording>> = {
  'civil-affairs': {
    short: '区民政局',
    prefix: '越民',
    matters: [
      '婚姻登记预约',
      '最低生活保障资金发放',
      '长者饭堂助餐服务',
      '社会组织年度检查',
      '殡葬服务收费公示',
      '困难群众临时救助',
    ],
    policies: [
      '越秀区最低生活保障实施细则',
      '越秀区居家养老服务补贴办法',
      '越秀区临时救助实施办法',
      '越秀区社区长者饭堂管理办法',
    ],
  },
  'human-resources-social-security': {
    short: '区人力资源和社会保障局',
    prefix: '越人社',
    matters: [
      '春风行动专场招聘会',
      '高校毕业生就业见习',
      '职业技能提升补贴申领',
      '灵活就业人员社保补贴',
      '劳动保障监察投诉受理',
    ],
    policies: ['越秀区促进创业带动就业补贴办法', '越秀区职业技能培训补贴实施细则', '越秀区就业困难人员认定办法'],
  },
  'market-supervision': {
    short: '区市场监督管理局',
    prefix: '越市监',
    matters: [
      '食品安全抽检结果',
      '个体工商户年报',
      '校园周边食品安全专项检查',
      '电梯安全隐患排查',
      '预付式消费风险提示',
      '计量器具强制检定',
    ],
    policies: ['越秀区市场主体登记便利化措施', '越秀区食品小作坊登记管理办法', '越秀区预付式消费监督管理办法'],
  },
  health: {
    short: '区卫生健康局',
    prefix: '越卫健',
    matters: [
      '适龄儿童免疫规划接种',
      '家庭医生签约服务',
      '流感疫苗接种点',
      '无偿献血活动',
      '母婴设施建设',
      '医疗机构执业登记校验',
    ],
    policies: ['越秀区家庭医生签约服务实施方案', '越秀区基本公共卫生服务项目管理办法', '越秀区托育机构备案管理办法'],
  },
  housing: {
    short: '区住房和城乡建设局',
    prefix: '越住建',
    matters: ['老旧小区微改造', '公共租赁住房配租', '住房租赁补贴申请', '既有住宅增设电梯', '建筑工地扬尘治理'],
    policies: ['越秀区既有住宅增设电梯补贴办法', '越秀区公共租赁住房保障实施细则', '越秀区老旧小区改造实施方案'],
  },
  'household-registration': {
    short: '越秀公安分局',
    prefix: '越公',
    matters: ['居民身份证异地受理', '户籍业务窗口延时服务', '新生儿入户“一件事”', '居住证签注', '临时身份证明办理'],
    policies: ['越秀区积分入户实施细则', '越秀区人才引进入户办法'],
  },
  education: {
    short: '区教育局',
    prefix: '越教',
    matters: [
      '义务教育阶段学校招生',
      '小学一年级新生网上报名',
      '幼儿园学位申请',
      '学生资助申请',
      '中小学教师资格认定',
      '校外培训机构白名单',
    ],
    policies: ['越秀区义务教育学校招生工作方案', '越秀区学前教育资助实施办法', '越秀区校外培训机构管理办法'],
  },
  environment: {
    short: '越秀生态环境分局',
    prefix: '越环',
    matters: [
      '环境空气质量状况',
      '建设项目环境影响评价审批',
      '噪声污染投诉处理',
      '重点排污单位名录',
      '餐饮油烟专项整治',
    ],
    policies: ['越秀区餐饮业油烟污染防治办法', '越秀区建设项目环评审批改革措施'],
  },
  'culture-sports': {
    short: '区文化广电旅游体育局',
    prefix: '越文旅',
    matters: [
      '全民健身运动会',
      '公共文化场馆开放时间',
      '非物质文化遗产展演',
      '旅行社年度检查',
      '体育场馆免费低收费开放',
    ],
    policies: ['越秀区公共文化服务体系建设实施方案', '越秀区体育场馆免费低收费开放补助办法'],
  },
  'street-office': {
    short: '区街道办事处',
    prefix: '越街',
    matters: ['社区网格员招聘', '垃圾分类督导', '社区居家养老服务', '辖区消防安全检查', '社区居民议事会'],
    policies: ['越秀区社区网格化服务管理办法', '越秀区街道综合执法工作规程'],
  },
  'medical-insurance': {
    short: '区医疗保障局',
    prefix: '越医保',
    matters: [
      '城乡居民医保参保缴费',
      '门诊特定病种待遇申请',
      '异地就医备案',
      '医保定点机构协议管理',
      '长期护理保险待遇申请',
    ],
    policies: ['越秀区城乡居民医疗保险实施办法', '越秀区门诊特定病种管理办法', '越秀区长期护理保险试点实施细则'],
  },
  tax: {
    short: '越秀区税务局',
    prefix: '越税',
    matters: [
      '个人所得税综合所得汇算',
      '小规模纳税人减免增值税',
      '房产税城镇土地使用税申报',
      '发票电子化改革',
      '社保费缴费提醒',
    ],
    policies: ['小型微利企业所得税优惠政策', '个体工商户减半征收个人所得税政策'],
  },
  'disabled-persons': {
    short: '区残疾人联合会',
    prefix: '越残联',
    matters: ['残疾人证办理', '残疾人两项补贴发放', '残疾人辅助器具适配', '残疾人职业技能培训', '助残日主题活动'],
    policies: ['越秀区残疾人两项补贴实施办法', '越秀区残疾人就业扶持办法'],
  },
  'veterans-affairs': {
    short: '区退役军人事务局',
    prefix: '越退役',
    matters: ['优抚对象定期抚恤补助', '退役士兵适应性培训', '光荣牌悬挂', '退役军人专场招聘会'],
    policies: ['越秀区退役军人就业创业扶持办法', '越秀区优抚对象医疗保障办法'],
  },
  'urban-management': {
    short: '区城市管理和综合执法局',
    prefix: '越城管',
    matters: ['生活垃圾分类', '户外广告设置审批', '占道经营专项整治', '城市道路挖掘许可', '共享单车停放管理'],
    policies: ['越秀区生活垃圾分类管理办法', '越秀区户外广告设施设置规划', '越秀区市容环境卫生责任区管理办法'],
  },
};

const noticeForms = [
  (m: string, y: number) => `关于做好${y}年${m}工作的通知`,
  (m: string) => `关于开展${m}的公告`,
  (m: string, y: number, month: number) => `关于${y}年${month}月${m}的通知`,
  (m: string) => `关于调整${m}服务时间的公告`,
  (m: string, y: number) => `${y}年${m}情况公示`,
] as const;

const places = ['北京街', '六榕街', '流花街', '光塔街', '人民街', '东山街', '农林街', '梅花村街', '黄花岗街', '大东街'];

export interface NoticeWords {
  readonly title: string;
  readonly body: string;
  readonly documentNumber?: string;
}

/** The departments the seed writes for. */
export const noticeDepartments = Object.keys(wording);

/** A notice of a department, published in `year`/`month`. */
export function noticeWords(department: string, random: SeededRandom, year: number, month: number): NoticeWords {
  const w = wording[department]!;
  const matter = random.pick(w.matters);
  const form = random.pick(noticeForms);
  const place = random.pick(places);
  const day = random.int(1, 28);
  const title = form(matter, year, month);
  const body = [
    `各有关单位、广大市民：`,
    `为进一步做好${matter}工作，方便群众办事，${w.short}现将有关事项通知如下：`,
    `一、时间安排。自${year}年${month}月${day}日起，${matter}相关业务可通过“越秀号”网上办理，也可到区政务服务中心或${place}党群服务中心窗口办理。`,
    `二、办理要求。申请人应如实提交材料，材料齐全、符合法定形式的当场受理；需要补正的，一次性告知。`,
    `三、咨询方式。工作日 9:00–12:00、14:00–17:30，可拨打 12345 政务服务便民热线咨询，或通过越秀信箱留言。`,
    `特此通知。`,
    `${w.short}`,
    `${year}年${month}月${day}日`,
  ].join('\n');
  return { title, body };
}

/** A policy document: its title, number and text. */
export function policyWords(department: string, index: number, year: number, month: number): NoticeWords {
  const w = wording[department]!;
  const name = w.policies[index % w.policies.length]!;
  const edition = Math.floor(index / w.policies.length);
  const titled = edition === 0 ? name : `${name}（${year}年修订）`;
  return {
    title: `${w.short}关于印发《${titled}》的通知`,
    documentNumber: `${w.prefix}〔${year}〕${index + 1 + month}号`,
    body: [
      `各街道办事处、区直各有关单位：`,
      `《${titled}》已经区人民政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向${w.short}反映。`,
      `第一条 为规范管理、保障群众合法权益，根据有关法律法规和上级文件精神，结合本区实际，制定本办法。`,
      `第二条 本办法适用于本区行政区域内的相关申请、审核、发放和监督管理工作。`,
      `第三条 ${w.short}负责本办法的组织实施，各街道办事处负责辖区内的受理和初审。`,
      `第四条 符合条件的申请人可通过“越秀号”网上提出申请，也可到所在街道党群服务中心窗口提出申请。`,
      `第五条 本办法自印发之日起施行，有效期五年。`,
    ].join('\n'),
  };
}

/** An interpretation of a policy document (its title given). */
export function interpretationWords(department: string, policyTitle: string, random: SeededRandom): NoticeWords {
  const w = wording[department]!;
  const name = /《(.+)》/.exec(policyTitle)?.[1] ?? policyTitle;
  const form = random.pick([`《${name}》政策解读`, `一图读懂《${name}》`, `${w.short}有关负责人解读《${name}》`]);
  return {
    title: form,
    body: [
      `近日，${w.short}印发了《${name}》。为便于群众理解和执行，现就有关内容解读如下。`,
      `一、出台背景：为落实上级部署、回应群众关切，进一步规范有关工作流程、提高办事效率。`,
      `二、主要内容：明确了适用范围、申请条件、办理流程和监督管理要求，申请人可以通过“越秀号”网上申请，材料齐全的即时受理。`,
      `三、主要变化：精简了申请材料，压缩了办理时限，能够通过数据共享获取的材料不再要求群众提供。`,
      `四、咨询渠道：如有疑问，可拨打 12345 政务服务便民热线，或通过越秀信箱网上咨询。`,
    ].join('\n'),
  };
}
