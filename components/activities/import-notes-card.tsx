import { Card } from '@/components/ui/card';
import type { ActivityEntry } from '@/lib/store/activities-doc';

/** What the import tidied up in the file, said plainly: nothing is hidden, nothing to worry about. */
export function ImportNotesCard({ entry }: { entry: ActivityEntry }) {
  const notes = entry.importNotes ?? [];
  if (notes.length === 0) return null;
  return (
    <Card title="About this file">
      <p className="mb-2 text-sm">
        Files from real devices are rarely perfect. While reading this one we:
      </p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {notes.map((note) => (
          <li key={note.type}>{note.message}</li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
        The figures on this page already take this into account.
      </p>
    </Card>
  );
}
