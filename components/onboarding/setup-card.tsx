'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { usePlanList } from '@/lib/store/use-profile';
import { resumeStep, setupOffer } from './setup-flow';
import { STEP_NAMES } from './step-props';
import { useSetup } from './use-setup';

const linkClass =
  'inline-flex min-h-12 items-center justify-center rounded-lg bg-brand px-4 font-medium text-white hover:bg-brand-ink';

/**
 * Today's offer of the first-run setup: to start it on a new device (with no plan yet), then to
 * finish it, until a plan is made or the athlete says no thanks. Nothing shows until the profile has loaded, so a
 * set-up athlete never sees it flash.
 */
export function SetupCard() {
  const setup = useSetup();
  const plans = usePlanList();
  const offer = setup.loaded ? setupOffer(setup.status) : null;
  // An athlete who made a plan on the Plan page has what the setup ends on; only one who started
  // the setup is offered to finish it.
  if (!offer || (offer === 'start' && plans.length > 0)) return null;
  const dismiss = () => setup.save({ status: 'dismissed' });
  return (
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
  );
}
