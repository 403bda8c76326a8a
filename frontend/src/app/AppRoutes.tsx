import { Route, Routes } from 'react-router';
import { NotFoundState } from '@/components';
import { accessLogRoutes } from '@/features/accesslog';
import { caseFilesRoutes, HouseholdCaseFilesSection } from '@/features/casefiles';
import { dataProtectionRoutes } from '@/features/dataprotection';
import { HomePage } from '@/features/home';
import { householdsRoutes } from '@/features/households';
import { placesRoutes } from '@/features/places';
import { AppLayout } from './layout/AppLayout';

/** Features compose here: each exports its routes, none imports another. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        {householdsRoutes({ caseFiles: (household) => <HouseholdCaseFilesSection household={household} /> })}
        {caseFilesRoutes}
        {accessLogRoutes}
        {dataProtectionRoutes}
        {placesRoutes}
        <Route path="*" element={<NotFoundState />} />
      </Route>
    </Routes>
  );
}
