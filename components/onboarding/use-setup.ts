'use client';

import { useCallback } from 'react';
import { saveSetupProgress, type SetupProgress } from '@/lib/store/profile-doc';
import { useProfile } from '@/lib/store/use-profile';
import { resumeStep } from './setup-flow';

/** The setup's state from the profile document, and the one way to move it on. */
export function useSetup() {
  const { profile, doc, setField } = useProfile();
  const save = useCallback(
    (progress: SetupProgress) => {
      if (doc) saveSetupProgress(doc.doc, progress);
    },
    [doc],
  );
  return {
    loaded: doc !== null,
    profile,
    answers: profile.setupAnswers,
    step: resumeStep(profile.setupStep),
    status: profile.setupStatus,
    save,
    setField,
  };
}
