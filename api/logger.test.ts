import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions } from './logger';

describe('the request log', () => {
  it('never holds a session token, an API key or a session cookie', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = pino({ ...loggerOptions, level: 'info' }, sink);
    log.info({ req: { method: 'POST', headers: { authorization: 'Bearer zjk_abc_secret', cookie: 'zj_session=tok123' } }, res: { statusCode: 200, headers: { 'set-cookie': 'zj_session=tok456; HttpOnly' } } }, 'request completed');
    const line = lines.join('');
    expect(line).toContain('request completed');
    expect(line).toContain('POST');
    for (const secret of ['zjk_abc_secret', 'tok123', 'tok456']) expect(line).not.toContain(secret);
    expect(JSON.parse(line).req.headers.authorization).toBe('[redacted]');
  });
});
