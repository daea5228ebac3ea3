import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/app/app-shell';
import { QueryProvider } from '@/components/app/query-provider';
import './globals.css';
import { PwaControls } from '@/components/pwa/pwa-controls';

export const metadata: Metadata = {
  title: 'Splits',
  description: 'Local-first training for runners and rowers.',
  manifest: '/manifest.webmanifest',
  icons: { icon: '/icon.svg' },
};

export const viewport: Viewport = {
  themeColor: '#0f766e',
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: the device's athlete id and theme exist before anything renders. */}
        <script src="/boot.js" />
      </head>
      <body className="min-h-screen antialiased">
        <QueryProvider>
          <AppShell>{children}</AppShell>
        </QueryProvider>
        <PwaControls />
      </body>
    </html>
  );
}
