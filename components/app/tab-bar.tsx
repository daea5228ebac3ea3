'use client';

import { IntentLink } from './intent-link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { NavIcon } from './nav-icons';
import { useIsCoach } from '@/components/coach/use-is-coach';
import { isCurrent, primaryLinks, secondaryLinksFor } from './nav-links';

const tab =
  'flex min-h-12 flex-1 flex-col items-center justify-center rounded-lg px-1 text-xs font-medium';
const idle = 'text-slate-700 dark:text-slate-200';
const active = 'font-semibold text-brand dark:text-teal-300';

/**
 * The phone's navigation: a bar along the bottom, in reach of a thumb, with Record in the middle
 * and raised (the one thing an athlete opens the app to do mid-session), and the less frequent
 * places behind "More". Wide screens use the header's NavBar instead.
 */
export function TabBar() {
  const pathname = usePathname();
  const secondaryLinks = secondaryLinksFor(useIsCoach());
  // The menu belongs to the page it was opened on: moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const moreOpen = openOn === pathname;
  const setMoreOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  const menuId = useId();
  const moreButton = useRef<HTMLButtonElement>(null);
  const moreCurrent = secondaryLinks.some((l) => isCurrent(pathname, l.href));

  useEffect(() => {
    if (!moreOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      moreButton.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [moreOpen]);

  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden dark:border-slate-800 dark:bg-slate-900"
    >
      {moreOpen ? <MoreMenu id={menuId} pathname={pathname} /> : null}
      <ul className="mx-auto flex max-w-lg items-end gap-1 px-2 py-1">
        {primaryLinks.map(({ href, label, icon }) => {
          const current = isCurrent(pathname, href);
          const record = href === '/record/';
          return (
            <li key={href} className="flex flex-1">
              <IntentLink
                href={href}
                aria-current={current ? 'page' : undefined}
                className={
                  record
                    ? `${tab} -mt-5 min-h-16 bg-brand text-white shadow-lg ring-4 ring-white dark:ring-slate-900 ${current ? 'underline underline-offset-4' : ''}`
                    : `${tab} ${current ? active : idle}`
                }
              >
                <NavIcon name={icon} />
                {label}
              </IntentLink>
            </li>
          );
        })}
        <li className="flex flex-1">
          <button
            ref={moreButton}
            type="button"
            aria-expanded={moreOpen}
            aria-controls={menuId}
            onClick={() => setMoreOpen(!moreOpen)}
            className={`${tab} ${moreCurrent ? active : idle}`}
          >
            <NavIcon name="more" />
            More
          </button>
        </li>
      </ul>
    </nav>
  );
}

/** The places behind "More", opened above the bar. */
function MoreMenu({ id, pathname }: { id: string; pathname: string }) {
  const secondaryLinks = secondaryLinksFor(useIsCoach());
  return (
    <ul
      id={id}
      className="absolute inset-x-2 bottom-full mb-2 grid gap-1 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      {secondaryLinks.map(({ href, label }) => (
        <li key={href}>
          <IntentLink
            href={href}
            aria-current={isCurrent(pathname, href) ? 'page' : undefined}
            className="block min-h-12 rounded-lg px-4 py-3 text-base hover:bg-slate-100 aria-[current=page]:font-semibold dark:hover:bg-slate-800"
          >
            {label}
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
