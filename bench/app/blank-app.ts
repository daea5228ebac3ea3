// The floor every app figure is divided by: a blank Next.js page, built with the project's own
// Next.js in the same static-export mode and served by the same relay. Built once into a cache
// folder (gitignored) and rebuilt when the Next.js version changes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `export default function Page() {
  return <main><h1>Blank</h1><p>A blank Next.js page: the floor for every figure.</p></main>;
}
`;
const LAYOUT = `import type { ReactNode } from 'react';
export const metadata = { title: 'Blank', description: 'The benchmark floor.' };
export default function RootLayout({ children }: { children: ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`;
// The cache folder links the project's node_modules, which lies outside it: Turbopack resolves
// only inside its root, so the root is the filesystem's.
const CONFIG = `export default { output: 'export', trailingSlash: true, images: { unoptimized: true }, turbopack: { root: '/' } };
`;
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['DOM', 'ES2022'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    isolatedModules: true,
    allowJs: false,
    incremental: false,
    esModuleInterop: true,
    resolveJsonModule: true,
    plugins: [{ name: 'next' }],
  },
  include: ['**/*.ts', '**/*.tsx'],
  exclude: ['node_modules'],
};

/** Builds the blank app under `cacheDir` (if its Next.js version changed) and returns its out/. */
export function blankApp(root: string, cacheDir: string): string {
  const nextVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/next/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const dir = join(cacheDir, 'blank-next');
  const out = join(dir, 'out');
  const stamp = join(dir, '.next-version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === nextVersion && existsSync(out)) {
    return out;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'app/page.tsx'), PAGE);
  writeFileSync(join(dir, 'app/layout.tsx'), LAYOUT);
  writeFileSync(join(dir, 'next.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'blank', private: true }));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  console.log(`Building the blank Next.js ${nextVersion} page (once)…`);
  execFileSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  writeFileSync(stamp, nextVersion);
  return out;
}
