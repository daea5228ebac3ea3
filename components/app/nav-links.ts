/** The app's places, in the order a phone's tab bar and a desktop's header show them. */
export const primaryLinks = [
  { href: '/', label: 'Today', icon: 'today' },
  { href: '/plan/', label: 'Plan', icon: 'plan' },
  { href: '/record/', label: 'Record', icon: 'record' },
  { href: '/activities/', label: 'Activities', icon: 'activities' },
] as const;

/** Behind "More" on a phone; in the header on a wide screen. */
export const secondaryLinks = [
  { href: '/fitness/', label: 'Fitness' },
  { href: '/journal/', label: 'Journal' },
  { href: '/settings/', label: 'Settings' },
  { href: '/account/', label: 'Account' },
] as const;

/** Only for accounts that athletes shared their training with. */
export const coachLink = { href: '/coach/', label: 'Coach' } as const;

export function secondaryLinksFor(isCoach: boolean) {
  return isCoach ? [coachLink, ...secondaryLinks] : secondaryLinks;
}

export function isCurrent(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href) || `${pathname}/` === href;
}
