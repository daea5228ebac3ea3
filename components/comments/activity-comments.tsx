'use client';

import { CommentsPanel } from './comments-panel';
import { useReader } from './use-reader';

/** Comments on one of an athlete's activities, for the athlete's page or their coach's screen. */
export function ActivityComments({
  athleteId,
  activityId,
  title,
}: {
  athleteId: string;
  activityId: string;
  title?: string;
}) {
  const reader = useReader();
  if (!reader) return null;
  return (
    <CommentsPanel
      athleteId={athleteId}
      target={{ kind: 'activity', id: activityId }}
      reader={reader}
      title={title}
    />
  );
}
