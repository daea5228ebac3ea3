import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, compressBody } from './content-encoding.ts';

describe('content negotiation', () => {
  it('takes brotli before gzip, honours weights and refusals', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=1, br;q=0.5')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('compresses a body worth it, and leaves a small one as is', () => {
    const body = Buffer.from(JSON.stringify({ days: Array(200).fill({ distanceM: 5000 }) }));
    const br = compressBody(body, 'gzip, br');
    expect(br?.encoding).toBe('br');
    expect(brotliDecompressSync(br!.body)).toEqual(body);
    const gz = compressBody(body, 'gzip');
    expect(gunzipSync(gz!.body)).toEqual(body);
    expect(compressBody(Buffer.from('{"ok":true}'), 'br')).toBeNull();
    expect(compressBody(body, undefined)).toBeNull();
  });
});
