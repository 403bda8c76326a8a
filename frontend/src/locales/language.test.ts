import { describe, expect, it } from 'vitest';
import { namespaces, resources } from './index';

/**
 * Keeps ../shared/LANGUAGE.md: the words it says to avoid, the French typography it asks for, the
 * units of each language and plurals through i18next. A text that breaks a rule fails here with
 * its language, namespace and key.
 */
type Tree = { [key: string]: string | Tree };
type Rule = { name: string; pattern: RegExp };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

/** Brackets for a plural or a gender, e.g. "entrée(s)", "référent(e)", "Echtgeno(o)t(e)". */
const BRACKET_FORMS: Rule = { name: 'no bracket forms: a plural through i18next, a doublet for gender', pattern: /\p{L}\((s|e|es|ne|le|n|o|en|x)\)/iu };

export const RULES: Record<'fr' | 'nl' | 'en', Rule[]> = {
  nl: [
    { name: 'hulpvraag, not aanvraag (an administrative application)', pattern: /(^|[^\p{L}])aanvra(ag|gen|ger)/iu },
    { name: 'sociale begeleiding, not opvolging', pattern: /opvolg/i },
    { name: 'notitie, not nota', pattern: /\bnota('s)?\b/i },
    { name: 'uiterste datum, not vervaldatum (bills)', pattern: /vervaldatum/i },
    { name: 'over tijd, not achterstallig (arrears)', pattern: /achterstallig/i },
    { name: 'indien bekend, not gekend', pattern: /\bgekend\b/i },
    { name: 'plural empty states, not geen enkel(e)', pattern: /geen enkel/i },
    { name: 'simulatie, not proefrun/run', pattern: /proef(run|import)|\bruns?\b/i },
    { name: 'bewaarplicht, not wettelijke bewaring', pattern: /wettelijke bewaring/i },
    { name: 'wachttermijn, not opzegtermijn (lease notice)', pattern: /opzegtermijn/i },
    { name: 'IP-adres, not herkomstadres', pattern: /herkomstadres/i },
    { name: 'no toewijzingen for staff (allocating a dwelling)', pattern: /toewijzingen/i },
    { name: 'uw maatschappelijk werker, not referentie-maatschappelijk werker', pattern: /referentie-maatschappelijk/i },
    { name: 'OVM, not huisvestingsmaatschappij', pattern: /huisvestingsmaatschappij/i },
    { name: 'al 3 dagen, never sinds with a duration', pattern: /sinds (\d+|\{\{\s*(days|count|closedFor)\s*\}\})/i },
    { name: 'one word per concept: Wijzigen, not Bewerken', pattern: /bewerken/i },
    { name: 'one word per concept: Optioneel, not Facultatief', pattern: /facultatief/i },
    { name: 'MB/KB in Dutch', pattern: /\d\s(Mo|Ko|B)\b/ },
    BRACKET_FORMS,
  ],
  fr: [
    { name: 'contact, not entrée', pattern: /\bentrées?\b/i },
    { name: 'gel de l’anonymisation, not conservation légale', pattern: /conservation légale/i },
    { name: 'délai d’attente, not préavis', pattern: /préavis/i },
    { name: 'simulation, not test à blanc', pattern: /test à blanc/i },
    { name: 'adresse IP, not adresse d’origine', pattern: /adresse d.origine/i },
    { name: 'consultation, not lecture (log action)', pattern: /^lecture$/i },
    { name: 'no attributions for staff (allocating a dwelling)', pattern: /attributions/i },
    { name: 'SISP, not société de logement', pattern: /société de logement/i },
    { name: 'a non-breaking space before : ; ? ! (U+00A0 or U+202F)', pattern: /(^|[^\u00a0\u202f])[:;?!](?=\s|$)/ },
    { name: 'a non-breaking space inside « »', pattern: /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/ },
    { name: 'the typographic apostrophe ’', pattern: /'/ },
    { name: 'Mo/Ko in French', pattern: /\d\s(MB|KB|B)\b/ },
    BRACKET_FORMS,
  ],
  en: [
    { name: 'MB/KB in English', pattern: /\d\s(Mo|Ko|B)\b/ },
    BRACKET_FORMS,
  ],
};

describe('the texts follow LANGUAGE.md', () => {
  for (const language of ['fr', 'nl', 'en'] as const) {
    for (const ns of namespaces) {
      it(`in ${language}/${ns}.json`, () => {
        const broken = flatten(resources[language][ns] as Tree).flatMap(([key, text]) =>
          RULES[language].filter((rule) => rule.pattern.test(text)).map((rule) => `${key}: “${text}” — ${rule.name}`),
        );
        expect(broken).toEqual([]);
      });
    }
  }

  it('catches what it is meant to catch', () => {
    const fails = (language: 'fr' | 'nl' | 'en', text: string) => RULES[language].some((r) => r.pattern.test(text));
    expect(fails('nl', 'Details van de aanvraag')).toBe(true);
    expect(fails('nl', 'Mijn opvolgingen')).toBe(true);
    expect(fails('nl', 'Privénota')).toBe(true);
    expect(fails('nl', 'Vervaldatum')).toBe(true);
    expect(fails('nl', 'Achterstallige taken')).toBe(true);
    expect(fails('nl', 'als het gekend is')).toBe(true);
    expect(fails('nl', 'Geen enkel dossier komt overeen.')).toBe(true);
    expect(fails('nl', 'Nu een proefrun starten')).toBe(true);
    expect(fails('nl', 'Geen activiteit sinds {{days}} dagen')).toBe(true);
    expect(fails('nl', '{{shown}} van {{total}} notitie(s) getoond')).toBe(true);
    expect(fails('nl', 'Mutatieaanvraag')).toBe(false);
    expect(fails('nl', 'Al {{days}} dagen geen activiteit')).toBe(false);
    expect(fails('fr', 'Aucune entrée pour l’instant.')).toBe(true);
    expect(fails('fr', 'Conservation légale')).toBe(true);
    expect(fails('fr', 'après le délai de préavis')).toBe(true);
    expect(fails('fr', '{{shown}} contact(s) affiché(s)')).toBe(true);
    expect(fails('fr', 'Référent(e)')).toBe(true);
    expect(fails('fr', 'Choisi : {{name}}')).toBe(true);
    expect(fails('fr', 'Choisi: {{name}}')).toBe(true);
    expect(fails('fr', 'Modifier « {{summary}} »')).toBe(true);
    expect(fails('fr', 'l\'accueil')).toBe(true);
    expect(fails('fr', '10 MB au plus')).toBe(true);
    expect(fails('fr', 'Choisi\u00a0: {{name}} · «\u00a0x\u00a0» · l’accueil · 10 Mo')).toBe(false);
    expect(fails('fr', 'Colonnes\u00a0: household_ref;role;last_name')).toBe(false);
    expect(fails('en', '512 B')).toBe(true);
  });
});
