import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import type { Language } from '@/lib/i18n';
import { HouseholdCaseFilesSection } from '../routes/HouseholdCaseFilesSection';
import { HOUSEHOLD_ID, OTHER_WORKER_ID, caseFile } from './fixtures';

const COLLEAGUES_FILE_ID = '40000000-0000-4000-8000-000000000c02';

/** What the server lists to a social worker: their own file, and a colleague's without themes. */
const files = () =>
  json({
  items: [
    { ...caseFile(), restricted: false },
    {
      ...caseFile({ id: COLLEAGUES_FILE_ID, referent: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' } }),
      themes: undefined,
      restricted: true,
    },
  ],
  page: { page: 0, size: 100, totalItems: 2, totalPages: 1 },
});

const EXPECTED: Record<Language, string> = {
  en: 'Outside your caseload',
  fr: 'Hors de vos dossiers',
  nl: 'Niet aan u toegewezen',
};

describe('a case-file list row outside the caseload', () => {
  for (const language of Object.keys(EXPECTED) as Language[]) {
    it(`says the file is outside the caseload, without themes (${language})`, async () => {
      stubFetch((r) => (r.url.pathname === '/api/v1/case-files' ? files() : undefined));
      const { i18n } = await renderRoute(<HouseholdCaseFilesSection household={{ id: HOUSEHOLD_ID, name: 'Marie' }} />, {
        path: '/households/:id',
        url: `/households/${HOUSEHOLD_ID}`,
        roles: ['social-worker'],
        language,
      });
      const restricted = await screen.findByTestId('restricted');
      expect(restricted).toHaveTextContent(EXPECTED[language]);
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows).toHaveLength(2);
      const [own, colleagues] = rows as [HTMLElement, HTMLElement];
      expect(within(own).getByText(i18n.t('casefiles:themes.rent-arrears'))).toBeInTheDocument();
      expect(within(own).queryByTestId('restricted')).toBeNull();
      expect(within(colleagues).getByText('Karim El Amrani')).toBeInTheDocument();
      expect(within(colleagues).getByTestId('case-status')).toBeInTheDocument();
      expect(within(colleagues).queryByText(i18n.t('casefiles:themes.rent-arrears'))).toBeNull();
    });
  }
});
