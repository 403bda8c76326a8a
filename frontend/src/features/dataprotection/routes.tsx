import { Route } from 'react-router';
import { RequireRoles } from '@/components';
import { DATA_PROTECTION_ROLES } from '@/lib/auth';
import { RetentionPage } from './routes/RetentionPage';
import { SubjectAccessPage } from './routes/SubjectAccessPage';

export const dataProtectionRoutes = (
  <Route element={<RequireRoles roles={DATA_PROTECTION_ROLES} />}>
    <Route path="subject-access" element={<SubjectAccessPage />} />
    <Route path="retention" element={<RetentionPage />} />
  </Route>
);
