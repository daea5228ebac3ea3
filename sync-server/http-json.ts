import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { ApiError } from './api-error.ts';
import { compressBody } from './content-encoding.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const MAX_BODY_BYTES = 16 * 1024;

/** Reads a small JSON body and validates it; every problem becomes a 4xx ApiError. */
export async function readBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new ApiError(415, 'json_required', 'Send the request body as application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new ApiError(
        413,
        'body_too_large',
        `The request body is over ${MAX_BODY_BYTES} bytes.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new ApiError(400, 'bad_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    throw new ApiError(
      400,
      'invalid_body',
      `The request body is not valid: ${problems.join('; ')}.`,
    );
  }
  return parsed.data;
}

/** Sends JSON; a body over ~1 KiB goes compressed when the client takes brotli or gzip. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}) {
  const base = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  };
  if (status === 204) {
    res.writeHead(status, base);
    res.end();
    return;
  }
  const raw = Buffer.from(JSON.stringify(body), 'utf8');
  const compressed = compressBody(raw, res.req?.headers['accept-encoding']);
  res.writeHead(status, {
    ...base,
    vary: 'Accept-Encoding',
    ...(compressed && { 'content-encoding': compressed.encoding }),
    'content-length': String((compressed?.body ?? raw).length),
  });
  res.end(compressed?.body ?? raw);
}

export function sendError(res: ServerResponse, error: ApiError) {
  sendJson(
    res,
    error.status,
    { error: { code: error.code, message: error.message } },
    error.headers,
  );
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}
