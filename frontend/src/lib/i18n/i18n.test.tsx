import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '@/app/layout/AppLayout';
import { meHandler, stubFetch } from '@/test/fetchStub';
import { renderRoute } from '@/test/render';
import { createI18n, detectLanguage, LANGUAGE_STORAGE_KEY } from './index';

describe('language detection', () => {
  it('prefers the remembered choice', () => {
    expect(detectLanguage('nl', ['fr-BE', 'en'])).toBe('nl');
  });

  it('falls back to the browser languages, then French', () => {
    expect(detectLanguage(null, ['nl-BE', 'fr'])).toBe('nl');
    expect(detectLanguage(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(detectLanguage(null, ['de-DE'])).toBe('fr');
    expect(detectLanguage('xx', [])).toBe('fr');
  });
});

describe('language switch', () => {
  it('translates the navigation, sets <html lang> and is remembered for the next visit', async () => {
    stubFetch(meHandler);
    await renderRoute(<AppLayout />, { path: '/', url: '/', language: 'fr' });
    expect(screen.getByRole('link', { name: 'Immeubles' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'nl');

    expect(await screen.findByRole('link', { name: 'Gebouwen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Woningen' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Immeubles' })).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');

    // A reload starts a fresh i18n instance from what was remembered.
    const reloaded = await createI18n();
    expect(reloaded.language).toBe('nl');
    expect(reloaded.t('nav.buildings')).toBe('Gebouwen');
  });
});
