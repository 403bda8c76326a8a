import { Route } from 'react-router';
import { RequireRoles } from '@/components';
import { SISP_STAFF_ROLES } from '@/lib/auth';
import { BuildingDetailPage } from './routes/BuildingDetailPage';
import { BuildingCreatePage, BuildingEditPage } from './routes/BuildingFormPages';
import { BuildingsListPage } from './routes/BuildingsListPage';
import { DwellingDetailPage } from './routes/DwellingDetailPage';
import { DwellingCreatePage, DwellingEditPage } from './routes/DwellingFormPages';
import { DwellingsListPage } from './routes/DwellingsListPage';
import { SiteDetailPage } from './routes/SiteDetailPage';
import { SiteCreatePage, SiteEditPage } from './routes/SiteFormPages';
import { SitesListPage } from './routes/SitesListPage';
import { StaffDirectoryPage } from './routes/StaffDirectoryPage';

/** The places screens, mounted by the app's router: every SISP staff member reads, the admin edits. */
export const placesRoutes = (
  <>
    <Route element={<RequireRoles roles={SISP_STAFF_ROLES} />}>
      <Route path="sites" element={<SitesListPage />} />
      <Route path="sites/:siteId" element={<SiteDetailPage />} />
      <Route path="buildings" element={<BuildingsListPage />} />
      <Route path="buildings/:buildingId" element={<BuildingDetailPage />} />
      <Route path="dwellings" element={<DwellingsListPage />} />
      <Route path="dwellings/:dwellingId" element={<DwellingDetailPage />} />
    </Route>
    <Route element={<RequireRoles roles={['admin']} />}>
      <Route path="sites/new" element={<SiteCreatePage />} />
      <Route path="sites/:siteId/edit" element={<SiteEditPage />} />
      <Route path="buildings/new" element={<BuildingCreatePage />} />
      <Route path="buildings/:buildingId/edit" element={<BuildingEditPage />} />
      <Route path="dwellings/new" element={<DwellingCreatePage />} />
      <Route path="dwellings/:dwellingId/edit" element={<DwellingEditPage />} />
      <Route path="staff" element={<StaffDirectoryPage />} />
    </Route>
  </>
);
