import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from './security-headers.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('content security policy', () => {
  it('allows exactly the inline scripts of the page, by hash', () => {
    const html =
      '<html><head><script src="/_next/a.js" async></script><script>self.a=1</script></head>' +
      '<body><script id="x">self.__next_f.push([1,"é"])</script><script></script></body></html>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.a=1'), sha('self.__next_f.push([1,"é"])')]);
  });

  it('forbids framing, plugins and inline scripts without a hash', () => {
    const policy = contentSecurityPolicy(['sha256-abc']);
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });
});
