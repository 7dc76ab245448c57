// The Chinese words an exported list shows for the codes its rows hold (a workbook is read by people, not
// by the admin UI, so it cannot translate them): the same words admin-ui/src/i18n/zh.ts uses on screen.
// An unknown code stays itself, so a new status shows up rather than an empty cell.

const words = (table: Record<string, string>) => (code: unknown) => (code === null || code === undefined || code === '' ? '' : (table[String(code)] ?? String(code)));

export const taskTypeWord = words({
  receipt: '接收回执', claim: '认领', licenseDecision: '发证反馈', unlicensedOperationCheck: '无证经营核查', planApproval: '计划审批', draw: '摇号',
  inspection: '抽查检查', caseFiling: '立案审查', caseDecision: '案件处理决定', punishmentNotice: '联合惩戒通知', punishmentLifting: '解除惩戒',
  screeningFeedback: '核查结果反馈', warningHandling: '预警处置', subscriptionPaused: '订阅暂停处理',
  importMatchConfirmation: '导入主体确认',
});
export const taskStatusWord = words({ open: '待办', claimed: '已认领', completed: '已办结', cancelled: '已撤销' });
export const outcomeWord = words({
  received: '已接收', claimed: '认领', issued: '已发证', refused: '不予许可', not_applied: '未申请', not_required: '无需许可', operating_without_license: '无证经营',
  not_operating: '未经营', licensed_elsewhere: '已取得许可', approved: '批准', rejected: '退回', drawn: '已摇号', confirmed: '确认', filed: '立案',
  not_filed: '不予立案', transferred: '移送', penalty: '给予处罚', no_penalty: '不予处罚', applied: '已实施惩戒', not_applicable: '不适用', lifted: '已解除',
  restricted: '已限制', not_restricted: '未限制', resolved: '已处置', referred: '已移交', no_action_needed: '无需处置', resumed: '已恢复', left_paused: '保持暂停',
});
export const escalationWord = words({ 0: '未督办', 1: '一级督办', 2: '二级督办' });
export const lightWord = words({ green: '绿灯', yellow: '黄灯', red: '红灯' });
export const planStatusWord = words({ draft: '草稿', pendingApproval: '待审批', approved: '已批准待摇号', inProgress: '检查中', completed: '已完成', rejected: '未批准', understaffed: '未能组队' });
export const drawModeWord = words({ planning: '计划部门抽取对象和人员', split: '计划部门抽对象、实施部门抽人员', receiving: '实施部门抽取对象和人员' });
export const inspectionStatusWord = words({ open: '待检查', recorded: '已录入待确认', completed: '已完成' });
export const inspectionKindWord = words({ random: '双随机抽查', routine: '日常检查' });
export const inspectionOutcomeWord = words({ no_problem: '未发现问题', rectified_on_spot: '发现问题已责令改正', problem_found: '发现问题待后续处理', suspected_violation: '涉嫌违法' });
export const caseStageWord = words({ filing: '立案审查', deciding: '案件处理', closed: '已结案' });
export const listingStatusWord = words({ active: '在列', expired: '期满移出', repaired: '信用修复移出', removed: '已移出', moved: '已移入其他名单' });
export const warningStatusWord = words({ open: '待处置', closed: '已办结' });
export const warningLevelWord = words({ red: '红色', orange: '橙色', yellow: '黄色', blue: '蓝色' });
export const warningSourceWord = words({ auto: '自动预警', manual: '主动预警' });
export const departmentKindWord = words({ bureau: '委办局', district: '区级部门', court: '法院' });
export const entityStatusWord = words({ active: '存续', deregistered: '注销', revoked: '吊销' });
export const yesNo = (v: unknown) => (v === null || v === undefined ? '' : v ? '是' : '否');
export const penaltyKindWord = words({ warning: '警告', fine: '罚款', confiscation: '没收违法所得', suspension: '责令停产停业', revocation: '吊销许可证件' });
export const processWord = words({
  dualNotification: '双告知', licenseFeedback: '发证反馈', inspectionPlan: '抽查计划', inspection: '抽查检查', enforcementCase: '案件办理', jointPunishment: '联合惩戒',
  screeningFeedback: '核查结果反馈', warning: '监管预警', warningBatch: '监管预警（扫描批次）', warningScan: '预警扫描', auditCheckpoint: '审计链存证',
});
export const processStateWord = words({ failed: '已失败', retrying: '反复重试' });
export const recordKindWord = words({ license: '许可', penalty: '行政处罚', inspection: '检查', judicial_assistance: '司法协助', complaint: '投诉举报' });
export const subscriptionStatusWord = words({ active: '推送中', paused: '已暂停', deleted: '已删除' });
export const deliveryStatusWord = words({ sent: '已送达', retrying: '重试中', failed: '失败' });
export const sharedEventTypeWord = words({
  'entity.registered': '主体登记', 'entity.changed': '主体变更', 'entity.deregistered': '主体注销', 'license.issued': '许可发放', 'license.revoked': '许可撤销',
  'listing.listed': '列入名单', 'listing.delisted': '移出名单', 'case.filed': '案件立案', 'case.decided': '案件决定', 'inspection.published': '检查结果公示', 'warning.raised': '监管预警',
});
export const riskClassWord = words({ A: 'A 类（信用风险低）', B: 'B 类（信用风险一般）', C: 'C 类（信用风险较高）', D: 'D 类（信用风险高）' });
