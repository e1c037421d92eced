/**
 * How long each step of a case may take before it escalates, in calendar days. These are the workflow's
 * own timers; the legal time limit in working days is watched separately (functions/src/deadlines and
 * the deadline sweep), because Step Functions cannot count PRC working days.
 */
export const stepLimits = {
  days: { accept: 2, review: 5, decide: 3 },
  /** 联合审批: each department's opinion; one that gives none in time is recorded as such and the lead decides anyway. */
  opinionDays: 5,
  escalationDays: 3,
  handoverDays: 30,
  /** 补正: how long the citizen has to send what is missing before the case is withdrawn. */
  correctionDays: 30,
  /** The deadline sweep heartbeats every open work item well within this. */
  heartbeatDays: 1,
  /**
   * 有条件共享: the owning department answers a data request within 10 working days (政务信息资源共享管理暂行办法,
   * article 14); the workflow's timer counts calendar days, 14 of them, after which an undecided request expires.
   */
  dataRequestDays: 14,
} as const;
