'use client';

import { Button } from './button';

/**
 * What the athlete sees when a computation or a relay call failed: what could not be done, the
 * reason, and a way to try again. Nothing they entered is lost by a failed query.
 */
export function QueryProblem({
  what,
  error,
  retry,
}: {
  what: string;
  error: unknown;
  retry: () => void;
}) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="text-sm">
      <p>
        {what} could not be worked out just now ({reason}). Your data is safe.
      </p>
      <Button variant="secondary" className="mt-2" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
