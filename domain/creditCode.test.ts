import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  makeCreditCode,
  organizationCodeCheckDigit,
  validateCreditCode,
} from './creditCode';

// Codes worked out by hand below, independently of the implementation. Values: GB 11714 counts
// A=10 … Z=35 over the full alphabet; GB 32100 counts over CREDIT_CODE_ALPHABET (… H=17 J=18 K=19
// L=20 M=21 … X=29 Y=30). Credit code weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28.

// 91350100M000100Y43, the worked example commonly quoted with GB 32100-2015.
//   organization code M000100Y: 22·3 + 1·5 + 34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4 → '4'
//   check: 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + 21·20 + 1·8 + 30·30 + 4·28 = 1640;
//          1640 mod 31 = 28; 31 − 28 = 3 → '3'
const STANDARD_EXAMPLE = '91350100M000100Y43';

// 91310116MA1H2K3L0T, an enterprise registered in 金山区 (310116).
//   organization code MA1H2K3L: 22·3 + 10·7 + 1·9 + 17·10 + 2·5 + 20·8 + 3·4 + 21·2 = 539;
//          539 mod 11 = 0; 11 − 0 = 11 → '0'
//   check: 9·1 + 1·3 + 3·9 + 1·27 + 0·19 + 1·26 + 1·16 + 6·17 + 21·20 + 10·29 + 1·25 + 17·13
//          + 2·8 + 19·24 + 3·10 + 20·30 + 0·28 = 2268; 2268 mod 31 = 5; 31 − 5 = 26 → 'T'
const JINSHAN_ENTERPRISE = '91310116MA1H2K3L0T';

// 92310116L0000002X3, an individual business in 金山区.
//   organization code L0000002: 21·3 + 2·2 = 67; 67 mod 11 = 1; 11 − 1 = 10 → 'X'
//   check: 9·1 + 2·3 + 3·9 + 1·27 + 1·26 + 1·16 + 6·17 + 20·20 + 2·30 + 29·28 = 1485;
//          1485 mod 31 = 28; 31 − 28 = 3 → '3'
const JINSHAN_INDIVIDUAL = '92310116L0000002X3';

// 93310116MA00003570, a farmers' cooperative in 金山区.
//   organization code MA000035: 22·3 + 10·7 + 3·4 + 5·2 = 158; 158 mod 11 = 4; 11 − 4 = 7 → '7'
//   check: 9·1 + 3·3 + 3·9 + 1·27 + 1·26 + 1·16 + 6·17 + 21·20 + 10·29 + 3·10 + 5·30 + 7·28
//          = 1302; 1302 mod 31 = 0; 31 − 0 = 31 → '0'
const JINSHAN_COOPERATIVE = '93310116MA00003570';

// A deterministic generator, so a failing fuzz case can be replayed.
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('credit code', () => {
  it('uses the 31-character alphabet without I, O, Z, S and V', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    for (const excluded of 'IOZSV') expect(CREDIT_CODE_ALPHABET).not.toContain(excluded);
  });

  it.each([STANDARD_EXAMPLE, JINSHAN_ENTERPRISE, JINSHAN_INDIVIDUAL, JINSHAN_COOPERATIVE])(
    'accepts the hand-computed code %s',
    (code) => {
      expect(validateCreditCode(code)).toEqual({ valid: true });
    },
  );

  it('computes the check characters worked out by hand', () => {
    expect(creditCodeCheckCharacter(STANDARD_EXAMPLE.slice(0, 17))).toBe('3');
    expect(creditCodeCheckCharacter(JINSHAN_ENTERPRISE.slice(0, 17))).toBe('T');
    expect(creditCodeCheckCharacter(JINSHAN_INDIVIDUAL.slice(0, 17))).toBe('3');
  });

  it('writes a check value of 31 as 0', () => {
    expect(creditCodeCheckCharacter(JINSHAN_COOPERATIVE.slice(0, 17))).toBe('0');
  });

  it('refuses to compute a check character from the wrong number of characters', () => {
    expect(() => creditCodeCheckCharacter('9131011600000000')).toThrow(RangeError);
  });

  it('refuses to compute a check character over characters outside the alphabet', () => {
    expect(() => creditCodeCheckCharacter('91310116MA1I2K3L0')).toThrow(/'I' at position 12/);
  });

  it('refuses a code that is not 18 characters long', () => {
    expect(validateCreditCode('91310116MA1H2K3L0')).toEqual({
      valid: false,
      problem: 'length',
      message: 'credit code must be 18 characters, got 17',
    });
    expect(validateCreditCode('')).toMatchObject({ valid: false, problem: 'length' });
  });

  it('refuses lowercase letters as an alphabet problem', () => {
    expect(validateCreditCode('91310116ma1h2k3l0t')).toEqual({
      valid: false,
      problem: 'alphabet',
      message: "character 'm' at position 9 is not in the credit code alphabet (letters must be uppercase)",
    });
  });

  it('refuses letters the standard leaves out', () => {
    expect(validateCreditCode('91310116MA1H2K3S0T')).toEqual({
      valid: false,
      problem: 'alphabet',
      message: "character 'S' at position 16 is not in the credit code alphabet",
    });
  });

  it('refuses an unknown registration department', () => {
    expect(validateCreditCode('B1310116MA1H2K3L0T')).toEqual({
      valid: false,
      problem: 'registrationDepartment',
      message: "'B' is not a registration department code",
    });
  });

  it('refuses a region code that is not six digits', () => {
    expect(validateCreditCode('913101A6MA1H2K3L0T')).toEqual({
      valid: false,
      problem: 'regionCode',
      message: "region code (positions 3–8) must be 6 digits, got '3101A6'",
    });
  });

  it('refuses a code whose organization code check digit is wrong', () => {
    expect(validateCreditCode('91310116MA1H2K3L1T')).toEqual({
      valid: false,
      problem: 'organizationCode',
      message: "organization code check digit (position 17) should be '0', got '1'",
    });
  });

  it('refuses a code whose check character is wrong', () => {
    expect(validateCreditCode('91310116MA1H2K3L0X')).toEqual({
      valid: false,
      problem: 'checkCharacter',
      message: "check character should be 'T', got 'X'",
    });
  });

  it('stays valid through make and validate for generated codes, and any single change breaks it', () => {
    const random = lcg(20260101);
    const pick = (chars: string) => chars[Math.floor(random() * chars.length)];
    for (let n = 0; n < 200; n++) {
      const code = makeCreditCode({
        registrationDepartment: pick('123456789ANY'),
        category: pick('1239'),
        regionCode: Array.from({ length: 6 }, () => pick('0123456789')).join(''),
        organizationBase: Array.from({ length: 8 }, () => pick(CREDIT_CODE_ALPHABET)).join(''),
      });
      expect(validateCreditCode(code)).toEqual({ valid: true });

      const position = Math.floor(random() * 18);
      const others = CREDIT_CODE_ALPHABET.replace(code[position], '');
      const changed = code.slice(0, position) + pick(others) + code.slice(position + 1);
      expect(validateCreditCode(changed)).toMatchObject({ valid: false });
    }
  });

  it('detects every single-character change of a known code', () => {
    for (let position = 0; position < 18; position++) {
      for (const replacement of CREDIT_CODE_ALPHABET) {
        if (replacement === JINSHAN_ENTERPRISE[position]) continue;
        const changed =
          JINSHAN_ENTERPRISE.slice(0, position) + replacement + JINSHAN_ENTERPRISE.slice(position + 1);
        expect(validateCreditCode(changed).valid).toBe(false);
      }
    }
  });
});

describe('organization code', () => {
  it('computes the check digits worked out by hand', () => {
    expect(organizationCodeCheckDigit('M000100Y')).toBe('4');
    expect(organizationCodeCheckDigit('MA000035')).toBe('7');
  });

  it('writes a check value of 10 as X', () => {
    expect(organizationCodeCheckDigit('L0000002')).toBe('X');
  });

  it('writes a check value of 11 as 0', () => {
    expect(organizationCodeCheckDigit('MA1H2K3L')).toBe('0');
  });

  it('values letters over the full Latin alphabet, including those a credit code leaves out', () => {
    // S = 28: 28·3 = 84; 84 mod 11 = 7; 11 − 7 = 4
    expect(organizationCodeCheckDigit('S0000000')).toBe('4');
  });

  it('refuses lowercase letters and the wrong length', () => {
    expect(() => organizationCodeCheckDigit('ma1h2k3l')).toThrow(RangeError);
    expect(() => organizationCodeCheckDigit('MA1H2K3')).toThrow(RangeError);
  });
});

describe('making a credit code', () => {
  const base = { registrationDepartment: '9', category: '1', regionCode: '310116', organizationBase: 'MA1H2K3L' };

  it('builds the hand-computed 金山区 enterprise code from its parts', () => {
    expect(makeCreditCode(base)).toBe(JINSHAN_ENTERPRISE);
  });

  it('builds the hand-computed individual business code, with X as organization check digit', () => {
    expect(makeCreditCode({ ...base, category: '2', organizationBase: 'L0000002' })).toBe(JINSHAN_INDIVIDUAL);
  });

  it.each([
    ['an unknown registration department', { ...base, registrationDepartment: 'B' }],
    ['a missing category', { ...base, category: '' }],
    ['a five-digit region code', { ...base, regionCode: '31011' }],
    ['a seven-character organization base', { ...base, organizationBase: 'MA1H2K3' }],
    ['an organization base with a letter the credit code leaves out', { ...base, organizationBase: 'MA1H2K3S' }],
  ])('refuses %s', (_, parts) => {
    expect(() => makeCreditCode(parts)).toThrow(RangeError);
  });
});
