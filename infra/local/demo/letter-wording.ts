import type { LetterTopicCode, LetterType } from '../../../functions/src/letters/routing.js';
import type { SeededRandom } from './random.js';

/**
 * What the demo letters say, per topic: a question (consultations) or a matter (suggestions, complaints,
 * reports), and the department's answer. A few places and times vary, so letters on one topic differ.
 */

const matters: Readonly<Record<LetterTopicCode, { ask: string; raise: string; answer: string }>> = {
  'social-assistance': {
    ask: '申请最低生活保障需要满足什么条件',
    raise: '低保审核进度太慢',
    answer:
      '最低生活保障由户籍所在街道受理，家庭人均收入低于本市低保标准且财产符合规定的可以申请，审核一般在 30 个工作日内完成。',
  },
  marriage: {
    ask: '补领结婚证需要带什么材料',
    raise: '婚姻登记预约号源紧张',
    answer: '补领结婚证请携带双方身份证、户口簿到区婚姻登记处办理，可在“越秀号”预约，当天即可领取。',
  },
  'elderly-care': {
    ask: '长者饭堂如何办理用餐登记',
    raise: '社区长者饭堂菜品单一',
    answer: '60 周岁以上户籍老人可持身份证到所在社区长者饭堂登记，享受助餐补贴；我们已要求各饭堂每周更新菜单。',
  },
  business: {
    ask: '个体工商户变更经营场所怎么办理',
    raise: '营业执照变更材料反复退回',
    answer:
      '个体工商户变更经营场所可在网上提交变更登记，材料齐全的当场办结；如需帮助可到区政务服务中心市场监管窗口咨询。',
  },
  'food-safety': {
    ask: '开小餐馆需要办理哪些食品经营许可',
    raise: '街边餐馆后厨卫生状况差',
    answer: '我局已安排执法人员现场检查，责令该餐馆限期整改，并将持续跟踪复查结果。',
  },
  'consumer-rights': {
    ask: '预付卡商家关门如何维权',
    raise: '健身房预付卡无法退款',
    answer: '我局已约谈涉事经营者，督促其制定退款方案；消费者也可通过 12315 平台登记诉求。',
  },
  employment: {
    ask: '灵活就业人员如何参加社会保险',
    raise: '社保缴费记录显示不全',
    answer: '灵活就业人员可在“粤省事”或区社保窗口办理参保登记；缴费记录如有缺失，请携带身份证到窗口核查。',
  },
  'medical-insurance': {
    ask: '异地就医备案怎么办理',
    raise: '门诊报销比例查询不到',
    answer: '异地就医备案可在国家医保服务平台线上办理，即时生效；门诊报销比例可在医保窗口或热线查询。',
  },
  housing: {
    ask: '公租房申请需要排队多久',
    raise: '公租房小区电梯经常故障',
    answer: '公租房实行轮候配租，轮候时间视房源情况而定；电梯问题我局已要求物业公司限期维修并加强维保。',
  },
  education: {
    ask: '非户籍子女如何申请积分入学',
    raise: '学校周边上下学时段交通拥堵',
    answer: '积分入学申请每年 4 月开放，请在区教育局网站查看指南；学校周边交通问题已会同交警部门研究疏导方案。',
  },
  environment: {
    ask: '装修噪音的管理时间是怎样规定的',
    raise: '夜间工地施工噪音扰民',
    answer: '我局已到现场检查，该工地未取得夜间施工许可，已责令停止夜间作业并立案处理。',
  },
  'city-management': {
    ask: '店铺门前设置招牌需要审批吗',
    raise: '小区门口占道经营',
    answer: '执法队员已到场劝离占道经营摊贩，并将该路段列入重点巡查范围。',
  },
  household: {
    ask: '新生儿入户需要哪些材料',
    raise: '户籍窗口排队时间长',
    answer: '新生儿入户请携带出生医学证明、父母双方身份证和户口簿到户籍窗口办理，也可通过网上预约减少排队。',
  },
  other: {
    ask: '街道办事处的办公时间是什么时候',
    raise: '社区宣传栏信息长期未更新',
    answer: '已转告所在街道办事处，宣传栏将每月更新；街道办事处工作日上午 9 时至下午 5 时办公。',
  },
};

const places = ['北京街', '六榕街', '流花街', '东山街', '农林街', '梅花村街', '华乐街', '大塘街', '白云街', '建设街'];

export function letterWording(topic: LetterTopicCode, type: LetterType, random: SeededRandom) {
  const matter = matters[topic];
  const place = random.pick(places);
  const asks = type === 'consultation';
  const subject = asks ? `${matter.ask}？` : `${place}：${matter.raise}`;
  const body = asks
    ? `您好！我住在${place}，想咨询一下：${matter.ask}？谢谢。`
    : `我住在${place}，反映一个情况：${matter.raise}，已经持续一段时间，希望有关部门尽快处理。`;
  return {
    subject: subject.slice(0, 60),
    body,
    answer: `您好！来信收悉。${matter.answer}感谢您的来信。`,
    secondAnswer: `您好！关于您再次反映的问题，经进一步核实：${matter.answer}如仍有疑问，可致电区政务服务热线。`,
  };
}
