"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCOPE_FOOD_TRANSPORT_UNCLEAR = exports.newEventId = void 0;
exports.newCreditCode = newCreditCode;
exports.registration = registration;
const node_crypto_1 = __importDefault(require("node:crypto"));
const creditCode_1 = require("../../domain/creditCode");
/** A fresh, valid credit code of a 金山区 company, different on every call. */
function newCreditCode() {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const base = Array.from(node_crypto_1.default.randomBytes(8), (b) => alphabet[b % alphabet.length]).join('');
    return (0, creditCode_1.makeCreditCode)({ registrationDepartment: '9', category: '1', regionCode: '310116', organizationBase: base });
}
const newEventId = (prefix = 'REG') => `${prefix}-${node_crypto_1.default.randomBytes(8).toString('hex')}`;
exports.newEventId = newEventId;
exports.SCOPE_FOOD_TRANSPORT_UNCLEAR = '许可项目：食品销售；道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：日用百货销售；农产品收购。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';
function registration(over = {}) {
    return {
        eventId: over.eventId ?? (0, exports.newEventId)(),
        action: over.action ?? 'establish',
        occurredAt: over.occurredAt ?? new Date().toISOString(),
        entity: {
            creditCode: over.creditCode ?? newCreditCode(),
            name: over.name ?? '上海枫泾测试食品有限公司',
            entityType: '有限责任公司（自然人投资或控股）',
            industryCode: 'F5223',
            regionCode: '310116102',
            address: '上海市金山区枫泾镇亭枫公路1号',
            legalRepresentative: '张某',
            businessScope: over.businessScope ?? exports.SCOPE_FOOD_TRANSPORT_UNCLEAR,
            registrationAuthority: '金山区市场监督管理局',
            establishedOn: '2026-11-26',
        },
    };
}
//# sourceMappingURL=events.js.map