import { Route } from 'react-router';
import { AccessLogPage } from './routes/AccessLogPage';

export const accessLogRoutes = <Route path="access-log" element={<AccessLogPage />} />;
