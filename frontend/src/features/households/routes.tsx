import { Route } from 'react-router';
import { RequireRoles } from '@/components';
import { HOUSEHOLD_READ_ROLES, HOUSEHOLD_WRITE_ROLES } from '@/lib/auth';
import { HouseholdDetailPage, type HouseholdPageSlots } from './routes/HouseholdDetailPage';
import { HouseholdCreatePage, HouseholdEditPage } from './routes/HouseholdFormPages';
import { HouseholdImportPage } from './routes/HouseholdImportPage';
import { HouseholdMovePage } from './routes/HouseholdMovePage';
import { HouseholdsListPage } from './routes/HouseholdsListPage';

/** The households screens; the app passes what other features show on a household's page. */
export function householdsRoutes(slots: HouseholdPageSlots = {}) {
  return (
    <>
      <Route element={<RequireRoles roles={HOUSEHOLD_READ_ROLES} />}>
        <Route path="households" element={<HouseholdsListPage />} />
        <Route path="households/:householdId" element={<HouseholdDetailPage slots={slots} />} />
      </Route>
      <Route element={<RequireRoles roles={HOUSEHOLD_WRITE_ROLES} />}>
        <Route path="households/new" element={<HouseholdCreatePage />} />
        <Route path="households/:householdId/edit" element={<HouseholdEditPage />} />
        <Route path="households/:householdId/move" element={<HouseholdMovePage />} />
      </Route>
      <Route element={<RequireRoles roles={['admin']} />}>
        <Route path="households/import" element={<HouseholdImportPage />} />
      </Route>
    </>
  );
}
