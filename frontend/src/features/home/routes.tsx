import { Route } from 'react-router';
import { ANY_SIGNED_IN, RequireRoles } from '@/components';
import { HomePage } from './routes/HomePage';
import type { HomeSlots } from './types';

/** The home page; the app passes the widgets other features contribute for their roles, and where to go. */
export function homeRoutes(slots: HomeSlots = {}) {
  return (
    <Route element={<RequireRoles roles={ANY_SIGNED_IN} />}>
      <Route index element={<HomePage {...slots} />} />
    </Route>
  );
}
