import { Route } from 'react-router';
import { AgendaPage } from './routes/AgendaPage';
import { CaseFilePage } from './routes/CaseFilePage';
import { CaseloadsPage, MyCaseloadPage } from './routes/CaseloadPages';
import { OpenCaseFilePage } from './routes/OpenCaseFilePage';

/** The case-file screens, mounted by the app's router. */
export const caseFilesRoutes = (
  <>
    <Route path="caseload" element={<MyCaseloadPage />} />
    <Route path="agenda" element={<AgendaPage />} />
    <Route path="caseloads" element={<CaseloadsPage />} />
    <Route path="case-files/new" element={<OpenCaseFilePage />} />
    <Route path="case-files/:caseFileId" element={<CaseFilePage />} />
  </>
);
