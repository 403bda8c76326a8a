import { Route, Routes } from 'react-router';
import { ANY_SIGNED_IN, NotFoundState, RequireRoles } from '@/components';
import { accessLogRoutes } from '@/features/accesslog';
import { caseFilesRoutes, HouseholdCaseFilesSection } from '@/features/casefiles';
import { dataProtectionRoutes } from '@/features/dataprotection';
import { HomePage } from '@/features/home';
import { householdsRoutes } from '@/features/households';
import { placesRoutes } from '@/features/places';
import { AppLayout } from './layout/AppLayout';

/**
 * Features compose here: each exports its routes, none imports another. Every route sits under a RequireRoles
 * (routeRoles.test.tsx fails otherwise).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<RequireRoles roles={ANY_SIGNED_IN} />}>
          <Route index element={<HomePage />} />
          <Route path="*" element={<NotFoundState />} />
        </Route>
        {householdsRoutes({ caseFiles: (household) => <HouseholdCaseFilesSection household={household} /> })}
        {caseFilesRoutes}
        {accessLogRoutes}
        {dataProtectionRoutes}
        {placesRoutes}
      </Route>
    </Routes>
  );
}
