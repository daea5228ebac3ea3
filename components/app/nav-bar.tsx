'use client';

import { IntentLink } from './intent-link';
import { usePathname } from 'next/navigation';
import { useIsCoach } from '@/components/coach/use-is-coach';
import { isCurrent, primaryLinks, secondaryLinksFor } from './nav-links';

/** Every place in one row, for wide screens; a phone gets the tab bar instead. */
export function NavBar() {
  const pathname = usePathname();
  const secondaryLinks = secondaryLinksFor(useIsCoach());
  return (
    <nav aria-label="Main" className="hidden md:block">
      <ul className="flex gap-1 text-sm">
        {[...primaryLinks, ...secondaryLinks].map(({ href, label }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href}>
              <IntentLink
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 ${
                  current
                    ? 'bg-brand text-white'
                    : 'text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800'
                }`}
              >
                {label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
