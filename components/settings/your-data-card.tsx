import { Card } from '@/components/ui/card';
import { BringBackArchive } from './bring-back-archive';
import { DownloadEverything } from './download-everything';

/** Your data: everything out in one file, and back in again. */
export function YourDataCard() {
  return (
    <Card title="Your data">
      <div className="grid gap-6 sm:grid-cols-2">
        <DownloadEverything />
        <BringBackArchive />
      </div>
    </Card>
  );
}
