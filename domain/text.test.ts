import { jsonTextProblem, textPieces, textProblem } from './text';

describe('the text rule', () => {
  it('accepts Chinese, full-width punctuation, emoji and other well-formed text', () => {
    for (const s of ['上海枫泾某某食品有限公司', '许可项目：食品销售；（依法须经批准）', 'O’Brien & 张三', '😀 ok', '', 'a\u00a0b']) expect(textProblem(s)).toBeNull();
  });
  it('refuses NUL, other C0 controls, DEL and C1 controls and says where', () => {
    expect(textProblem('abc\u0000def')).toBe('contains control character U+0000 at character 4');
    expect(textProblem('\u001b[31m')).toMatch(/U\+001B/);
    expect(textProblem('x\u007f')).toMatch(/U\+007F/);
    expect(textProblem('x\u0085')).toMatch(/U\+0085/);
    expect(textProblem('食品\u0000', 'free')).toMatch(/U\+0000 at character 3/);
  });
  it('allows tab and line breaks only in free text', () => {
    expect(textProblem('line one\nline two', 'free')).toBeNull();
    expect(textProblem('a\tb\r\nc', 'free')).toBeNull();
    expect(textProblem('line one\nline two')).toBe('must be one line: tab or line break at character 9');
    expect(textProblem('a\tb')).toMatch(/one line/);
  });
  it('refuses lone surrogates but not surrogate pairs', () => {
    expect(textProblem('a\ud800b')).toMatch(/surrogate/);
    expect(textProblem('\udc00')).toMatch(/surrogate/);
    expect(textProblem('\ud83d\ude00')).toBeNull();
  });
  it('refuses U+FFFD, what a decoder leaves of invalid UTF-8', () => {
    expect(textProblem(Buffer.from([0x61, 0xff, 0x62]).toString('utf8'))).toMatch(/invalid UTF-8/);
  });
  it('finds the first bad string or key in a JSON value with its path', () => {
    expect(jsonTextProblem({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({ path: ['a', 1, 'c'], message: expect.stringMatching(/U\+0000/) });
    expect(jsonTextProblem({ ['k\u0001']: 1 })).toEqual({ path: ['k\u0001'], message: expect.stringMatching(/^key/) });
    expect(jsonTextProblem({ note: 'two\nlines', n: 5, t: true, z: null })).toBeNull();
    let deep: unknown = 'x';
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(jsonTextProblem(deep)?.message).toMatch(/64 levels/);
  });
});

describe('textPieces', () => {
  it('cuts a long text into pieces that join back to it', () => {
    const text = '上海枫泾'.repeat(10) + 'abc';
    const pieces = [...textPieces(text, 7)];
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 7)).toBe(true);
    expect([...textPieces('', 7)]).toEqual([]);
  });
  it('never ends a piece on the first half of a surrogate pair, so no piece holds half a character', () => {
    // '😀' is two UTF-16 units; at size 4 the first cut would fall between them.
    const text = 'abc😀def😀';
    const pieces = [...textPieces(text, 4)];
    expect(pieces).toEqual(['abc', '😀de', 'f😀']);
    for (const p of pieces) expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
  });
});
