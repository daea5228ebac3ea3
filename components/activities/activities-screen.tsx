import { PageHeader } from '@/components/ui/page-header';
import { ActivityList } from './activity-list';
import { ImportPanel } from './import-panel';

export function ActivitiesScreen() {
  return (
    <div>
      <PageHeader title="Activities">Every session you import or record.</PageHeader>
      <div className="grid gap-4">
        <ImportPanel />
        <ActivityList />
      </div>
    </div>
  );
}
