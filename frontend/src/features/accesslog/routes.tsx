import { Route } from 'react-router';
import { RequireRoles } from '@/components';
import { ACCESS_LOG_ROLES } from '@/lib/auth';
import { AccessLogPage } from './routes/AccessLogPage';

export const accessLogRoutes = (
  <Route element={<RequireRoles roles={ACCESS_LOG_ROLES} />}>
    <Route path="access-log" element={<AccessLogPage />} />
  </Route>
);
