import { test, expect } from './fixtures';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk (PNG spec §11.2.2: bytes 16–23, big-endian). */
function pngSizePx(bytes: Buffer): { widthPx: number; heightPx: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { widthPx: bytes.readUInt32BE(16), heightPx: bytes.readUInt32BE(20) };
}

test('the app is installable: a complete manifest whose icons all load', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const themeColour = await page.locator('meta[name="theme-color"]').getAttribute('content');

  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await res.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: 'Splits',
    short_name: 'Splits',
    start_url: '/',
    display: 'standalone',
    theme_color: themeColour,
  });
  expect(typeof manifest.background_color).toBe('string');

  const icons = manifest.icons;
  const find = (sizes: string, purpose?: string) =>
    icons.find((i) => i.sizes === sizes && i.type === 'image/png' && i.purpose === purpose);
  expect(find('192x192'), 'a 192 px PNG icon').toBeDefined();
  expect(find('512x512'), 'a 512 px PNG icon').toBeDefined();
  expect(find('512x512', 'maskable'), 'a maskable 512 px PNG icon').toBeDefined();
  expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);

  for (const icon of icons) {
    const iconRes = await request.get(icon.src);
    expect(iconRes.status(), icon.src).toBe(200);
    expect(iconRes.headers()['content-type'], icon.src).toBe(icon.type);
    if (icon.type === 'image/png') {
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSizePx(await iconRes.body()), icon.src).toEqual({ widthPx: w, heightPx: h });
    }
  }

  // iOS looks for this file by name when a page is added to the Home Screen.
  const apple = await request.get('/apple-touch-icon.png');
  expect(apple.status()).toBe(200);
  expect(pngSizePx(await apple.body())).toEqual({ widthPx: 180, heightPx: 180 });
});
