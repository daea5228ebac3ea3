import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** The file suffix `scripts/precompress.mjs` writes beside each file of the export. */
export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The encodings a client takes, best first (RFC 9110 §12.5.3): brotli before gzip at equal
 * weight, `*` stands for any not named, and `q=0` refuses. An absent header means identity only.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    weights.set(token.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (e: string) => weights.get(e) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const)
    .filter((e) => weight(e) > 0)
    .sort((a, b) => weight(b) - weight(a));
}

/** JSON under this many bytes goes as is: compressing it saves less than the headers cost. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Compresses a live response body for the best encoding the client takes, or answers null when it
 * is too small to gain. Brotli at quality 5: near gzip's speed for a few kilobytes, smaller output.
 */
export function compressBody(
  body: Buffer,
  acceptEncoding: string | undefined,
): { encoding: Encoding; body: Buffer } | null {
  if (body.length < COMPRESS_MIN_BYTES) return null;
  const [encoding] = acceptedEncodings(acceptEncoding);
  if (encoding === 'br') {
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    };
    return { encoding, body: brotliCompressSync(body, { params }) };
  }
  if (encoding === 'gzip') return { encoding, body: gzipSync(body) };
  return null;
}
