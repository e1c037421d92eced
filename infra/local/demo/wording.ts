import type { SeededRandom } from './random.js';

/** What demo staff and applicants write: reasons, comments and ratings, as a district's staff would. */

export const correctionReasons = [
  '请补充上传清晰的身份证正反面扫描件',
  '申请表缺少申请人签名，请上传签字后的申请表',
  '所交证明材料已过有效期，请补交近三个月内开具的证明',
  '材料扫描件不完整，请上传全部页面',
  '联系地址填写不完整，请补充至门牌号',
];

export const refusalReasons = [
  '经核查，申请人不符合该事项的申请条件',
  '申请事项不属于本部门职责范围，请向有关部门申请',
  '同一事项已有在办申请，请勿重复提交',
];

export const rejectionReasons = [
  '经审核，申请材料不能证明符合法定条件，不予批准',
  '现场核查情况与申报内容不符，不予批准',
  '申请人家庭收入超过规定标准，不予批准',
];

export const approvalComments = ['', '', '材料齐全，符合条件', '经审核符合规定，同意办理', '同意'];

export const reviewComments = ['', '材料齐全，建议批准', '初审通过，提请决定', '经核查属实，建议同意'];

export const correctionRemarks = ['已按要求补正材料', '已补充签名并重新上传', '已更新联系地址'];

const ratingComments: Record<number, readonly string[]> = {
  5: ['办事效率高，工作人员很耐心', '全程网上办理，非常方便', '很满意，一次都不用跑', ''],
  4: ['整体不错，就是等待时间稍长', '办理顺利，指引可以再清楚一些', ''],
  3: ['一般，补正要求说明得不够清楚', '还可以'],
  2: ['等待时间太长，进度不够透明'],
  1: ['多次补交材料，体验较差'],
};

/** A rating as applicants give them: mostly very satisfied, a few not. */
export function rating(random: SeededRandom, refused: boolean): { score: number; comment: string } {
  const score = refused
    ? random.weighted([
        [5, 2],
        [4, 3],
        [3, 3],
        [2, 2],
        [1, 1],
      ])
    : random.weighted([
        [5, 55],
        [4, 28],
        [3, 10],
        [2, 4],
        [1, 3],
      ]);
  return { score, comment: random.pick(ratingComments[score]!) };
}
