'use client';

import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { journalDayDefaults } from '@/lib/store/journal-schema';
import { today } from '@/lib/store/device-clock';
import { useJournal } from '@/lib/store/use-journal';
import { FuelForm } from './fuel-form';
import { MorningCheckIn } from './morning-check-in';
import { RecentDays } from './recent-days';

export function JournalScreen() {
  const { days, fuel, ready, setField, addFuel } = useJournal();
  const [date, setDate] = useState<string | null>(null);
  const shownDate = date ?? today();
  const entry = days.get(shownDate) ?? journalDayDefaults;
  const recent = [...days.entries()].reverse().slice(0, 14);

  return (
    <div>
      <PageHeader title="Journal">
        A minute each morning. Log what you know; every field is optional.
      </PageHeader>
      {!ready ? (
        <p role="status">Loading your journal…</p>
      ) : (
        <div className="grid gap-4">
          <Card title="Day">
            <div className="mb-4 max-w-xs">
              <Field
                label="Date"
                type="date"
                value={shownDate}
                max={today()}
                onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
              />
            </div>
            <MorningCheckIn
              key={shownDate}
              entry={entry}
              onField={(field, value) => setField(shownDate, field, value)}
            />
            <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
              Saved on this device as you type.
            </p>
          </Card>
          <FuelForm date={shownDate} entries={fuel} onAdd={addFuel} />
          <RecentDays days={recent} onOpen={setDate} />
        </div>
      )}
    </div>
  );
}
