import { Route } from 'react-router';
import { RetentionPage } from './routes/RetentionPage';
import { SubjectAccessPage } from './routes/SubjectAccessPage';

export const dataProtectionRoutes = [
  <Route key="subject-access" path="subject-access" element={<SubjectAccessPage />} />,
  <Route key="retention" path="retention" element={<RetentionPage />} />,
];
