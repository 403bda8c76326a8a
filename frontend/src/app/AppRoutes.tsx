import { Route, Routes } from 'react-router';
import { ANY_SIGNED_IN, NotFoundState, RequireRoles } from '@/components';
import { accessLogRoutes } from '@/features/accesslog';
import { caseFilesRoutes, HouseholdCaseFilesSection, ManagerAlertsHomeWidget } from '@/features/casefiles';
import { dataProtectionRoutes } from '@/features/dataprotection';
import { homeRoutes, type HomeWidget } from '@/features/home';
import { householdsRoutes } from '@/features/households';
import { placesRoutes } from '@/features/places';
import { AppLayout } from './layout/AppLayout';
import { NAV_ITEMS } from './navigation';

/**
 * The home's widgets, in the order shown; each feature contributes its own for its roles (a role without a widget
 * still gets where to go and its profile). Add a block per feature rather than rewriting a neighbour's.
 */
const HOME_WIDGETS: HomeWidget[] = [
  // Social worker: the agenda's overdue and today's tasks and appointments come first (agenda stream:
  // { id: 'agenda', roles: CASE_FILE_ROLES, element: <AgendaHomeWidget /> }), then the case files.
  // Service manager: the files waiting for a referent (a household moved to a site without one).
  { id: 'manager-alerts', roles: ['service-manager'], element: <ManagerAlertsHomeWidget /> },
  // Later features fill their roles here: interventions (renovation-worker, field-agent), renovation,
  // meetings (collective-worker), PCS (pcs-coordinator).
];

/**
 * Features compose here: each exports its routes, none imports another. Every route sits under a RequireRoles
 * (routeRoles.test.tsx fails otherwise).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<RequireRoles roles={ANY_SIGNED_IN} />}>
          <Route path="*" element={<NotFoundState />} />
        </Route>
        {homeRoutes({ widgets: HOME_WIDGETS, shortcuts: NAV_ITEMS })}
        {householdsRoutes({ caseFiles: (household) => <HouseholdCaseFilesSection household={household} /> })}
        {caseFilesRoutes}
        {accessLogRoutes}
        {dataProtectionRoutes}
        {placesRoutes}
      </Route>
    </Routes>
  );
}
