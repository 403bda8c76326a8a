import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setLanguageProvider } from '@/lib/api';
import { resources, namespaces, defaultNamespace } from '@/locales';

export const SUPPORTED_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'hestia.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The remembered choice first, then the browser's languages, then French. */
export function detectLanguage(
  stored: string | null = readStoredLanguage(),
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

function applyToDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Creates and initialises an i18next instance with every bundled translation. */
export async function createI18n(language: Language = detectLanguage()): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', applyToDocument);
  await instance.init({
    resources,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    ns: [...namespaces],
    defaultNS: defaultNamespace,
    interpolation: { escapeValue: false },
  });
  applyToDocument(instance.language);
  setLanguageProvider(() => instance.language);
  return instance;
}

/** Switches the UI language and remembers the choice on this device. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing may forbid storage: the switch still applies to this visit.
  }
  await instance.changeLanguage(language);
}

/** Picks the French or Dutch name of a bilingual record for the current UI language. */
export function bilingualName(record: { nameFr: string; nameNl: string }, language: string): string {
  return language.startsWith('nl') ? record.nameNl : record.nameFr;
}
