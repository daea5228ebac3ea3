'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { usePlanList } from '@/lib/store/use-profile';
import { resumeStep, setupOffer } from './setup-flow';
import { rememberSetupOfferShown } from './setup-offer-hint';
import { STEP_NAMES } from './step-props';
import { useSetup } from './use-setup';

const linkClass =
  'inline-flex min-h-12 items-center justify-center rounded-lg bg-brand px-4 font-medium text-white hover:bg-brand-ink';

/**
 * Today's offer of the first-run setup: to start it on a new device (with no plan yet), then to
 * finish it, until a plan is made or the athlete says no thanks. Until the profile loads, the start
 * offer holds its place in the page as first served (a new device sees it at once), unless this
 * device last knew the athlete was set up: `public/boot.js` then hides it before the first paint,
 * so a set-up athlete never sees it flash.
 */
export function SetupCard() {
  const setup = useSetup();
  const plans = usePlanList();
  const loadedOffer = setup.loaded ? setupOffer(setup.status) : null;
  // An athlete who made a plan on the Plan page has what the setup ends on; only one who started
  // the setup is offered to finish it.
  const shown = loadedOffer !== null && !(loadedOffer === 'start' && plans.length > 0);
  useEffect(() => {
    if (setup.loaded) rememberSetupOfferShown(shown);
  }, [setup.loaded, shown]);
  if (setup.loaded && !shown) return null;
  const offer = loadedOffer ?? 'start';
  const dismiss = () => setup.save({ status: 'dismissed' });
  return (
    <div data-setup-offer-pending={setup.loaded ? undefined : ''}>
      <Card title={offer === 'start' ? 'Welcome to Splits' : 'Finish setting up'}>
        <p className="text-sm" data-testid="setup-offer">
          {offer === 'start'
            ? 'Tell us what you train and what you are aiming for, and we will make you a plan. About two minutes; everything works without it too.'
            : `You got as far as “${STEP_NAMES[resumeStep(setup.profile.setupStep)]}”. Pick up where you left off; your answers are kept.`}
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Link href="/start/" className={linkClass}>
            {offer === 'start' ? 'Set up my plan' : 'Finish setting up'}
          </Link>
          <Button variant="quiet" size="touch" onClick={dismiss}>
            No thanks
          </Button>
        </div>
      </Card>
    </div>
  );
}
