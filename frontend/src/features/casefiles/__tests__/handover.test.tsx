import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetchStub';
import { FAKE_USER_ID, renderRoute } from '@/test/render';
import { CaseFilePage } from '../routes/CaseFilePage';
import { caseFile, entriesPage, entry, FILE_ID, isEntriesRead, isFileRead, OTHER_WORKER_ID } from './fixtures';

/** As the server stores it: who handed over to whom, no text. */
const HANDOVER = entry({
  id: '50000000-0000-4000-8000-000000000009',
  kind: 'handover',
  summary: '',
  note: undefined,
  participants: undefined,
  handover: {
    from: { id: OTHER_WORKER_ID, displayName: 'Karim El Amrani' },
    to: { id: FAKE_USER_ID, displayName: 'Amélie Dubois' },
  },
});

const EXPECTED: Record<Language, [string, string]> = {
  en: ['File handover — from Karim El Amrani to Amélie Dubois', 'The household moved to another site'],
  fr: ['Transfert du dossier — de Karim El Amrani à Amélie Dubois', 'Le ménage a déménagé sur un autre site'],
  nl: ['Overdracht van het dossier — van Karim El Amrani naar Amélie Dubois', 'Het gezin is naar een andere site verhuisd'],
};

describe('a handover in the timeline', () => {
  for (const language of Object.keys(EXPECTED) as Language[]) {
    it(`reads in the reader’s language (${language})`, async () => {
      stubFetch((r) => {
        if (isFileRead(r)) return json(caseFile(), 200, { ETag: '"3"' });
        if (isEntriesRead(r)) return entriesPage([HANDOVER]);
        return undefined;
      });
      await renderRoute(<CaseFilePage />, {
        path: '/case-files/:caseFileId',
        url: `/case-files/${FILE_ID}`,
        roles: ['social-worker'],
        language,
      });
      const [title, note] = EXPECTED[language];
      expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
      expect(screen.getByTestId('entry-note')).toHaveTextContent(note);
    });
  }
});
