import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badRequest } from './errors';

// A file uploaded from a form (multipart/form-data): the collection imports and the eligibility checks take a
// spreadsheet this way. The file is held in memory up to `maxBytes` (UPLOAD_MAX_BYTES, 50 MB by default); past
// that the rest of the request is read and dropped, so the client gets its 413 rather than a reset connection.

export interface Upload<F extends string> {
  fields: Partial<Record<F, string>>;
  file: { name: string; bytes: Buffer };
}

export interface UploadOptions<F extends string> {
  maxBytes: number;
  /** The form fields read besides the file; others are ignored. */
  fields: readonly F[];
  /** The form field that carries the file; `file` unless told. */
  fileField?: string;
}

/** A form field's value is at most this long: a kind, a policy name, never a document. */
const MAX_FIELD_BYTES = 1024;

export const uploadTooLarge = (maxBytes: number) =>
  new AppError(413, 'Content Too Large', `an uploaded file is at most ${maxBytes} bytes`, undefined, { code: 'upload-too-large', params: { maxBytes } });

/** The form's fields and its one file; refuses a body that is not multipart, a file too large, or none at all. */
export function receiveUpload<F extends string>(req: Request, options: UploadOptions<F>): Promise<Upload<F>> {
  const fileField = options.fileField ?? 'file';
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new AppError(415, 'Unsupported Media Type', 'send the file as multipart/form-data', undefined, { code: 'upload-not-multipart' }));
  }
  // A declared length far past the limit is refused before a byte is read (multipart adds a few hundred bytes).
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: options.maxBytes + 1, files: 1, fields: 20, fieldSize: MAX_FIELD_BYTES, parts: 30 } });
    } catch {
      reject(badRequest('the multipart body has no boundary', undefined, { code: 'upload-not-multipart' }));
      return;
    }
    const fields: Partial<Record<F, string>> = {};
    let file: { name: string; bytes: Buffer } | null = null;
    let failure: AppError | null = Number.isFinite(declared) && declared > options.maxBytes + 64 * 1024 ? uploadTooLarge(options.maxBytes) : null;
    const fail = (e: AppError) => {
      failure ??= e;
    };
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(badRequest(`the form field ${name} is longer than ${MAX_FIELD_BYTES} bytes`, [{ field: name, message: 'too long', code: 'too_big' }], { code: 'upload-field-too-long', params: { field: name } }));
      else if ((options.fields as readonly string[]).includes(name)) fields[name as F] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== fileField || failure) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      // Busboy stops at maxBytes + 1 (its limit event comes at the limit itself): one byte past is too large.
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > options.maxBytes) {
          fail(uploadTooLarge(options.maxBytes));
          chunks.length = 0;
        } else chunks.push(c);
      });
      stream.on('end', () => {
        if (!failure) file = { name: info.filename ?? '', bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('filesLimit', () => fail(badRequest('send one file', undefined, { code: 'upload-one-file' })));
    let settled = false;
    // Busboy does not close after an error: the rest of the request is drained so the answer reaches the client.
    parser.on('error', () => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.resume();
      reject(failure ?? badRequest('the multipart body cannot be read', undefined, { code: 'upload-malformed' }));
    });
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (failure) reject(failure);
      else if (!file || file.bytes.length === 0) reject(badRequest(`no file in the form field ${fileField}`, [{ field: fileField, message: 'a file is required', code: 'upload-file-missing' }], { code: 'upload-file-missing' }));
      else resolve({ fields, file });
    });
    req.on('error', () => fail(badRequest('the upload was interrupted', undefined, { code: 'upload-malformed' })));
    req.pipe(parser);
  });
}
