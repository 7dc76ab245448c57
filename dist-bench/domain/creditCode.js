"use strict";
// Unified social credit code (统一社会信用代码), GB 32100-2015, and the organization code
// (组织机构代码) it embeds at positions 9–17, GB 11714. See RULES.md "Unified social credit code".
Object.defineProperty(exports, "__esModule", { value: true });
exports.CREDIT_CODE_ALPHABET = void 0;
exports.creditCodeCheckCharacter = creditCodeCheckCharacter;
exports.organizationCodeCheckDigit = organizationCodeCheckDigit;
exports.validateCreditCode = validateCreditCode;
exports.makeCreditCode = makeCreditCode;
/** The 31 characters a credit code may use, in value order 0–30 (GB 32100-2015: no I, O, Z, S, V). */
exports.CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// GB 32100-2015: the weight of position i (1-based) is 3^(i−1) mod 31, i.e.
// 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28.
const CREDIT_CODE_WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
// GB 11714: weights of the eight body characters of an organization code.
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
// GB 11714 values characters over the full Latin alphabet (A=10 … Z=35), unlike GB 32100.
const ORGANIZATION_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// GB 32100-2015, table of registration department codes: 1 机构编制, 2 外交, 3 司法行政, 4 文化,
// 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商 (market regulation), A 中央军委改革和编制办公室, N 农业, Y 其他.
const REGISTRATION_DEPARTMENTS = '123456789ANY';
// GB 32100-2015: positions 3–8 are the registering authority's GB/T 2260 region code, six digits.
const REGION_CODE = /^\d{6}$/;
/** The 18th character for the first 17 characters of a credit code (GB 32100-2015). */
function creditCodeCheckCharacter(first17) {
    if (first17.length !== 17) {
        throw new RangeError(`a credit code check character needs 17 characters, got ${first17.length}`);
    }
    let sum = 0;
    for (let i = 0; i < 17; i++) {
        const value = exports.CREDIT_CODE_ALPHABET.indexOf(first17[i]);
        if (value < 0) {
            throw new RangeError(`character '${first17[i]}' at position ${i + 1} is not in the credit code alphabet`);
        }
        sum += value * CREDIT_CODE_WEIGHTS[i];
    }
    // GB 32100-2015: C18 = 31 − (Σ mod 31), and 31 becomes 0.
    return exports.CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}
/** The 9th character of an organization code for its first 8 characters (GB 11714). */
function organizationCodeCheckDigit(first8) {
    if (first8.length !== 8) {
        throw new RangeError(`an organization code check digit needs 8 characters, got ${first8.length}`);
    }
    let sum = 0;
    for (let i = 0; i < 8; i++) {
        const value = ORGANIZATION_CODE_ALPHABET.indexOf(first8[i]);
        if (value < 0) {
            throw new RangeError(`character '${first8[i]}' at position ${i + 1} is not a digit or uppercase letter`);
        }
        sum += value * ORGANIZATION_CODE_WEIGHTS[i];
    }
    // GB 11714: C9 = 11 − (Σ mod 11); 10 is written X and 11 is written 0.
    const check = 11 - (sum % 11);
    if (check === 10)
        return 'X';
    if (check === 11)
        return '0';
    return String(check);
}
function invalid(problem, message) {
    return { valid: false, problem, message };
}
/**
 * Checks a credit code as a user would type it. Only uppercase is accepted: the code is printed in
 * uppercase on the license, so lowercase input is reported rather than silently corrected.
 */
function validateCreditCode(code) {
    if (code.length !== 18) {
        return invalid('length', `credit code must be 18 characters, got ${code.length}`);
    }
    for (let i = 0; i < 18; i++) {
        if (!exports.CREDIT_CODE_ALPHABET.includes(code[i])) {
            const hint = /[a-z]/.test(code[i]) ? ' (letters must be uppercase)' : '';
            return invalid('alphabet', `character '${code[i]}' at position ${i + 1} is not in the credit code alphabet${hint}`);
        }
    }
    if (!REGISTRATION_DEPARTMENTS.includes(code[0])) {
        return invalid('registrationDepartment', `'${code[0]}' is not a registration department code`);
    }
    const regionCode = code.slice(2, 8);
    if (!REGION_CODE.test(regionCode)) {
        return invalid('regionCode', `region code (positions 3–8) must be 6 digits, got '${regionCode}'`);
    }
    const organizationCheck = organizationCodeCheckDigit(code.slice(8, 16));
    if (code[16] !== organizationCheck) {
        return invalid('organizationCode', `organization code check digit (position 17) should be '${organizationCheck}', got '${code[16]}'`);
    }
    const check = creditCodeCheckCharacter(code.slice(0, 17));
    if (code[17] !== check) {
        return invalid('checkCharacter', `check character should be '${check}', got '${code[17]}'`);
    }
    return { valid: true };
}
/**
 * Builds a valid credit code from its parts, computing both check characters. The organization base
 * must come from the credit code alphabet, because the whole code is written in it (GB 32100-2015).
 */
function makeCreditCode(parts) {
    const { registrationDepartment, category, regionCode, organizationBase } = parts;
    if (registrationDepartment.length !== 1 || !REGISTRATION_DEPARTMENTS.includes(registrationDepartment)) {
        throw new RangeError(`'${registrationDepartment}' is not a registration department code`);
    }
    if (category.length !== 1 || !exports.CREDIT_CODE_ALPHABET.includes(category)) {
        throw new RangeError(`category must be one character of the credit code alphabet, got '${category}'`);
    }
    if (!REGION_CODE.test(regionCode)) {
        throw new RangeError(`region code must be 6 digits, got '${regionCode}'`);
    }
    if (organizationBase.length !== 8 || [...organizationBase].some((c) => !exports.CREDIT_CODE_ALPHABET.includes(c))) {
        throw new RangeError(`organization base must be 8 characters of the credit code alphabet, got '${organizationBase}'`);
    }
    const first17 = registrationDepartment + category + regionCode + organizationBase + organizationCodeCheckDigit(organizationBase);
    return first17 + creditCodeCheckCharacter(first17);
}
//# sourceMappingURL=creditCode.js.map