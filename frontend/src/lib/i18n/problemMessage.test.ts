import { describe, expect, it } from 'vitest';
import { ApiError, toApiError, type ProblemCode } from '@/lib/api';
import { createI18n } from './index';
import { problemMessage } from './problemMessage';

// Typed loosely: a newer server may answer a code this SPA does not know yet.
const problem = (code: string, status: number, detail?: string) =>
  new ApiError({ type: 'about:blank', title: 'x', status, code: code as ProblemCode, detail });

describe('problem messages', () => {
  it('translates a known code, ignoring the server detail', async () => {
    const i18n = await createI18n('nl');
    expect(problemMessage(problem('site-has-active-buildings', 409, 'Site has buildings'), i18n.t, i18n)).toBe(
      'Deze site heeft nog actieve gebouwen: stel die eerst buiten gebruik.',
    );
  });

  it("falls back to the server's detail for an unknown code, then to the status", async () => {
    const i18n = await createI18n('fr');
    expect(problemMessage(problem('lease-overlaps', 409, 'Le bail chevauche un autre.'), i18n.t, i18n)).toBe(
      'Le bail chevauche un autre.',
    );
    expect(problemMessage(problem('lease-overlaps', 409), i18n.t, i18n)).toBe(
      "Cette modification est incompatible avec l’état actuel de la fiche.",
    );
  });

  it('names a network failure', async () => {
    const i18n = await createI18n('en');
    expect(problemMessage(toApiError(undefined, undefined), i18n.t, i18n)).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
    expect(problemMessage(new Error('boom'), i18n.t, i18n)).toBe('An unexpected error occurred. Try again in a moment.');
  });
});
