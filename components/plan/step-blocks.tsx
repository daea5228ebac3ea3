'use client';

import { Button } from '@/components/ui/button';
import { emptyStep, stepLabel, type DraftBlock } from '@/lib/plans/step-draft';
import type { Units } from '@/lib/store/profile-schema';
import { RepeatFields } from './repeat-fields';
import { StepFields } from './step-fields';
import { tallOnTouch } from './touch';

/** The workout's steps and repeats in order, each editable and removable, and ways to add more. */
export function StepBlocks({
  blocks,
  units,
  sport,
  onBlocks,
}: {
  blocks: DraftBlock[];
  units: Units;
  sport: 'run' | 'row';
  onBlocks: (update: (all: DraftBlock[]) => DraftBlock[]) => void;
}) {
  const setBlock = (i: number, b: DraftBlock) =>
    onBlocks((all) => all.map((x, j) => (j === i ? b : x)));
  const removeBlock = (i: number) => onBlocks((all) => all.filter((_, j) => j !== i));
  const add = (b: DraftBlock) => onBlocks((all) => [...all, b]);
  return (
    <>
      <div className="grid gap-2">
        {blocks.map((b, i) =>
          b.type === 'step' ? (
            <StepFields
              key={i}
              step={b.step}
              label={stepLabel(i)}
              units={units}
              sport={sport}
              onChange={(step) => setBlock(i, { type: 'step', step })}
              onRemove={() => removeBlock(i)}
            />
          ) : (
            <RepeatFields
              key={i}
              block={b}
              index={i}
              units={units}
              sport={sport}
              onChange={(x) => setBlock(i, x)}
              onRemove={() => removeBlock(i)}
            />
          ),
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          className={tallOnTouch}
          variant="secondary"
          onClick={() => add({ type: 'step', step: emptyStep('work') })}
        >
          Add a step
        </Button>
        <Button
          className={tallOnTouch}
          variant="secondary"
          onClick={() =>
            add({ type: 'repeat', count: '4', steps: [emptyStep('work'), emptyStep('rest')] })
          }
        >
          Add a repeat
        </Button>
      </div>
    </>
  );
}
