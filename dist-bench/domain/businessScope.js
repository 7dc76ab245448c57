"use strict";
// Business scope (经营范围) as registration authorities write it from the business-scope catalog
// (经营范围规范表述目录; RULES.md "Dual notification"):
//   许可项目：X；Y。（依法须经批准的项目，…）一般项目：Z。（除依法须经批准的项目外，…）
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseBusinessScope = parseBusinessScope;
exports.normalizeScopeWording = normalizeScopeWording;
// 前置许可项目 are pre-registration license items, still licensed. 许可经营项目 / 一般经营项目 are the
// headers of licenses issued before the catalog, which are still in the register.
const SECTION_HEADER = /(前置许可项目|许可经营项目|许可项目|一般经营项目|一般项目)\s*[：:]/g;
const SECTION_OF_HEADER = {
    前置许可项目: 'licensed',
    许可经营项目: 'licensed',
    许可项目: 'licensed',
    一般经营项目: 'general',
    一般项目: 'general',
};
// A label copied along with the text from a license or a registration form.
const SCOPE_LABEL = /^\s*经营范围\s*[：:]/;
// The catalog's closing statements for each section, (依法须经批准的项目，经相关部门批准后方可开展经营
// 活动…) and (除依法须经批准的项目外，凭营业执照依法自主开展经营活动), in round or square brackets of
// either width, or bare as older licenses print them. They are statements, not items. The statement
// ends at its closing bracket, or for a bare one at the next sentence or item break.
const BOILERPLATE = /[（(【[]?\s*除?依法须经批准的项目[^（）()【】[\]。；;]*?(?:[。.]?\s*[）)】\]]|(?=[。；;（(【[]|$))/g;
const OPENING_BRACKETS = '（(【[';
const CLOSING_BRACKETS = '）)】]';
// Items are separated by semicolons and commas of either width, sentence ends and line breaks. 、 is not
// a separator: it joins the parts of one catalog wording such as 技术服务、技术开发.
const SEPARATORS = '；;，,。\r\n';
const EDGE_PUNCTUATION = /^[\s：:；;，,。.、]+|[\s：:；;，,。.、]+$/g;
// Licenses issued before the catalog often read 许可经营项目：无 ("none"), which is not an item.
const NONE = '无';
/** Splits business-scope text into its items, each tagged with the section it was written under. */
function parseBusinessScope(text) {
    const items = [];
    const seen = new Set();
    for (const { section, body } of sections(text.replace(SCOPE_LABEL, ''))) {
        for (const piece of splitItems(body.replace(BOILERPLATE, '；'))) {
            const itemText = piece.replace(EDGE_PUNCTUATION, '');
            // One wording listed twice, even with parentheses of different widths, is one item; the first
            // occurrence keeps its text and section.
            const key = normalizeScopeWording(itemText);
            if (key === '' || key === NONE || seen.has(key))
                continue;
            seen.add(key);
            items.push({ text: itemText, section });
        }
    }
    return items;
}
/**
 * The form of a scope wording used to match it against the catalog: parentheses of either width become
 * full-width, as the catalog writes them; spaces go; trailing punctuation goes.
 */
function normalizeScopeWording(s) {
    return s
        .replace(/\(/g, '（')
        .replace(/\)/g, '）')
        .replace(/\s+/g, '')
        .replace(/[。.；;，,、：:！!？?]+$/, '');
}
function sections(text) {
    const result = [];
    let section = 'unsectioned';
    let start = 0;
    for (const header of text.matchAll(SECTION_HEADER)) {
        result.push({ section, body: text.slice(start, header.index) });
        section = SECTION_OF_HEADER[header[1]];
        start = header.index + header[0].length;
    }
    result.push({ section, body: text.slice(start) });
    return result;
}
// Splits at separators outside brackets, so a qualifier such as （不含危险货物，网络货运） stays whole. An
// ASCII full stop separates only when it is not a decimal point, as in 3.5吨.
function splitItems(body) {
    const pieces = [];
    let depth = 0;
    let current = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (OPENING_BRACKETS.includes(c))
            depth += 1;
        else if (CLOSING_BRACKETS.includes(c))
            depth = Math.max(0, depth - 1);
        const decimalPoint = c === '.' && /\d/.test(body[i - 1] ?? '') && /\d/.test(body[i + 1] ?? '');
        if (depth === 0 && (SEPARATORS.includes(c) || (c === '.' && !decimalPoint))) {
            pieces.push(current);
            current = '';
        }
        else {
            current += c;
        }
    }
    pieces.push(current);
    return pieces;
}
//# sourceMappingURL=businessScope.js.map