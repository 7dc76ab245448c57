// Every workflow the worker runs, by name (STYLE.md: no `export *`).
export { dualNotification } from './dualNotification';
export { licenseFeedback } from './licenseFeedback';
export { inspectionPlan } from './inspectionPlan';
export { inspection } from './inspection';
export { enforcementCase } from './enforcementCase';
export { jointPunishment } from './jointPunishment';
export { screeningFeedback } from './screeningFeedback';
export { eligibilityFeedback } from './eligibilityFeedback';
export { warning, warningBatch, warningScan } from './warnings';
export { auditCheckpoint } from './auditCheckpoint';
export { subscriptionDelivery } from './subscriptionDelivery';
export { deliveryLogPruning } from './deliveryLogPruning';
export { recordImport } from './recordImport';
export { riskRescoring, riskScoring } from './riskScoring';
export { registerTallies } from './registerTallies';
export { taskTallies } from './taskTallies';
