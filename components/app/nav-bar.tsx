'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/', label: 'Today' },
  { href: '/activities/', label: 'Activities' },
  { href: '/journal/', label: 'Journal' },
  { href: '/plan/', label: 'Plan' },
  { href: '/record/', label: 'Record' },
  { href: '/fitness/', label: 'Fitness' },
  { href: '/settings/', label: 'Settings' },
  { href: '/account/', label: 'Account' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href) || `${pathname}/` === href;
}

export function NavBar() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {links.map(({ href, label }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 ${
                  current
                    ? 'bg-brand text-white'
                    : 'text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800'
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
