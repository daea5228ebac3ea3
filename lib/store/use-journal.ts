'use client';

import { useCallback } from 'react';
import {
  addFuelEntry,
  readFuelEntries,
  readJournalDays,
  setJournalField,
  type StoredFuelEntry,
} from './journal-doc';
import type { FuelEntry, JournalDay, JournalDayField } from './journal-schema';
import { useJournalDoc } from './use-core-docs';
import { useDocValue, useDocVersion } from './use-doc';

const noDays = new Map<string, JournalDay>();
const noFuel: StoredFuelEntry[] = [];

export function useJournal() {
  const open = useJournalDoc();
  const days = useDocValue(open, readJournalDays, noDays);
  const fuel = useDocValue(open, readFuelEntries, noFuel);
  const setField = useCallback(
    <K extends JournalDayField>(date: string, field: K, value: JournalDay[K]) => {
      if (open) setJournalField(open.doc, date, field, value);
    },
    [open],
  );
  const addFuel = useCallback(
    (entry: FuelEntry) => {
      if (open) addFuelEntry(open.doc, entry);
    },
    [open],
  );
  return { days, fuel, ready: open !== null, version: useDocVersion(open), setField, addFuel };
}
