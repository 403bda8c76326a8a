import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError, type ProblemCode } from '@/lib/api';
import { renderRoute } from '@/test/render';
import { ProblemAlert } from '../ProblemAlert';

const refused = (violations: { field: string; message: string }[]) =>
  new ApiError({ type: 'about:blank', title: 'x', status: 400, code: 'validation-failed' as ProblemCode, violations });

describe('a problem alert', () => {
  it('names the fields of the server’s violations by their labels, not by the API’s property names', async () => {
    const error = refused([
      { field: 'members[1].birthDate', message: 'ne peut pas être dans le futur' },
      { field: 'consentGiven', message: 'le ménage doit donner son accord' },
      { field: 'line 2', message: 'logement inconnu' },
    ]);
    await renderRoute(<ProblemAlert error={error} />, { path: '/', url: '/', language: 'fr' });
    const alert = await screen.findByRole('alert');
    // toHaveTextContent reads the non-breaking space before the colon as a plain one.
    expect(alert).toHaveTextContent('Date de naissance : ne peut pas être dans le futur');
    expect(alert).toHaveTextContent('Consentement du ménage : le ménage doit donner son accord');
    expect(alert).toHaveTextContent('line 2 : logement inconnu');
    expect(alert).not.toHaveTextContent('birthDate');
    expect(alert).not.toHaveTextContent('consentGiven');
  });
});
