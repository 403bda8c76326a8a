import { Route } from 'react-router';
import { RequireRoles } from '@/components';
import { CASE_FILE_ROLES } from '@/lib/auth';
import { AgendaPage } from './routes/AgendaPage';
import { CaseFilePage } from './routes/CaseFilePage';
import { CaseloadsPage, MyCaseloadPage } from './routes/CaseloadPages';
import { OpenCaseFilePage } from './routes/OpenCaseFilePage';

/** The case-file screens, mounted by the app's router: the social service only, as the server allows. */
export const caseFilesRoutes = (
  <>
    <Route element={<RequireRoles roles={CASE_FILE_ROLES} />}>
      <Route path="caseload" element={<MyCaseloadPage />} />
      <Route path="agenda" element={<AgendaPage />} />
      <Route path="case-files/new" element={<OpenCaseFilePage />} />
      <Route path="case-files/:caseFileId" element={<CaseFilePage />} />
    </Route>
    <Route element={<RequireRoles roles={['service-manager']} />}>
      <Route path="caseloads" element={<CaseloadsPage />} />
    </Route>
  </>
);
