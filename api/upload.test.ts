import express from 'express';
import request from 'supertest';
import { errorHandler } from './errors';
import { receiveUpload } from './upload';

// A bare app with one upload route: what receiveUpload answers, through the central error handler.
function app(maxBytes: number) {
  const a = express();
  a.post('/upload', async (req, res) => {
    const u = await receiveUpload(req, { maxBytes, fields: ['kind'] });
    res.json({ fields: u.fields, name: u.file.name, size: u.file.bytes.length, head: u.file.bytes.subarray(0, 8).toString('latin1') });
  });
  a.use(errorHandler);
  return a;
}

describe('receiveUpload', () => {
  it('answers the named fields and the file, its Chinese name kept', async () => {
    const res = await request(app(100)).post('/upload').field('kind', 'penalty').field('other', 'x').attach('file', Buffer.from('a,b\n1,2\n'), '处罚 2024.csv');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ fields: { kind: 'penalty' }, name: '处罚 2024.csv', size: 8, head: 'a,b\n1,2\n' });
  });

  it('takes a file of exactly the limit and refuses one byte more with 413 upload-too-large', async () => {
    expect((await request(app(1000)).post('/upload').attach('file', Buffer.alloc(1000, 0x41), 'a.csv')).status).toBe(200);
    const res = await request(app(1000)).post('/upload').attach('file', Buffer.alloc(1001, 0x41), 'a.csv');
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/upload-too-large$/), params: { maxBytes: 1000 } });
  });

  it('refuses a form without a file (400 upload-file-missing) and a body that is not multipart (415)', async () => {
    const missing = await request(app(100)).post('/upload').field('kind', 'penalty');
    expect(missing.status).toBe(400);
    expect(missing.body.type).toMatch(/upload-file-missing$/);
    const json = await request(app(100)).post('/upload').send({ kind: 'penalty' });
    expect(json.status).toBe(415);
    expect(json.body.type).toMatch(/upload-not-multipart$/);
    const broken = await request(app(100)).post('/upload').set('Content-Type', 'multipart/form-data').send('x');
    expect(broken.status).toBe(400);
  });

  it('refuses two files', async () => {
    const res = await request(app(100)).post('/upload').attach('file', Buffer.from('a'), 'a.csv').attach('file2', Buffer.from('b'), 'b.csv');
    expect(res.status).toBe(400);
    expect(res.body.type).toMatch(/upload-one-file$/);
  });
});
