import { z } from './openapi';
import { freeText, jsonData, parse, text } from './validate';

describe('validation at the edge', () => {
  const Schema = z.object({ name: text().min(1).max(5), reason: freeText().optional(), data: jsonData().optional() });
  const fieldsOf = (value: unknown) => {
    try {
      parse(Schema, value);
      return 'accepted';
    } catch (err: any) {
      return { status: err.status, errors: err.errors };
    }
  };

  it('keeps the length and other checks of the schema', () => {
    expect(fieldsOf({ name: 'ok' })).toBe('accepted');
    expect(fieldsOf({ name: 'too long' })).toMatchObject({ status: 400, errors: [{ field: 'name' }] });
  });
  it('refuses a control character in a one-line field, naming the field', () => {
    expect(fieldsOf({ name: 'a\u0000b' })).toEqual({ status: 400, errors: [{ field: 'name', message: 'contains control character U+0000 at character 2', code: 'invalid-character' }] });
    expect(fieldsOf({ name: 'a\nb' })).toMatchObject({ errors: [{ field: 'name', message: expect.stringMatching(/one line/) }] });
  });
  it('allows line breaks in free text, but no other control character', () => {
    expect(fieldsOf({ name: 'ok', reason: 'one\ntwo' })).toBe('accepted');
    expect(fieldsOf({ name: 'ok', reason: 'one\u0007' })).toMatchObject({ errors: [{ field: 'reason' }] });
  });
  it('checks every string inside free-form data, naming its path', () => {
    expect(fieldsOf({ name: 'ok', data: { measures: ['A1', 'x\ud800'] } })).toMatchObject({ errors: [{ field: 'data.measures.1', message: expect.stringMatching(/surrogate/) }] });
    expect(fieldsOf({ name: 'ok', data: { level: 'red', note: 'two\nlines' } })).toBe('accepted');
  });
});
