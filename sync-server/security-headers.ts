import { createHash } from 'node:crypto';

/** On every response: no sniffing, no framing, no referrer, only the device features the app uses. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  // Bluetooth for heart-rate straps and ergs; the screen stays awake while recording.
  'permissions-policy':
    'bluetooth=(self), screen-wake-lock=(self), camera=(), microphone=(), geolocation=(), ' +
    'payment=(), usb=(), serial=(), hid=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Where the browser reports what the policy blocked (see csp-report.ts). */
export const CSP_REPORT_PATH = '/api/csp-report';

/**
 * The page's Content-Security-Policy. The static export inlines its bootstrap scripts, so they
 * are allowed by hash, one by one; nothing else inline runs. Styles may be inline (server-rendered
 * `style` attributes), which cannot run code.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...inlineScriptHashes.map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** `sha256-…` of each inline script in an HTML page, as CSP expects them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body.length === 0) continue;
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
