import { describe, expect, it } from 'vitest';
import { namespaces, resources } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort();
}

const languages = Object.keys(resources) as (keyof typeof resources)[];

describe('translations', () => {
  it('covers French, Dutch and English', () => {
    expect(languages.sort()).toEqual(['en', 'fr', 'nl']);
  });

  for (const ns of namespaces) {
    it(`has the same keys in every language for "${ns}"`, () => {
      const reference = [...flatten(resources.fr[ns] as Tree).keys()].sort();
      for (const language of languages) {
        const keys = [...flatten(resources[language][ns] as Tree).keys()].sort();
        expect({ language, keys }).toEqual({ language, keys: reference });
      }
    });

    it(`has no empty text and the same placeholders in every language for "${ns}"`, () => {
      const fr = flatten(resources.fr[ns] as Tree);
      for (const language of languages) {
        const other = flatten(resources[language][ns] as Tree);
        for (const [key, text] of other) {
          expect(text.trim(), `${language}:${ns}:${key}`).not.toBe('');
          expect(placeholders(text), `${language}:${ns}:${key}`).toEqual(placeholders(fr.get(key) ?? ''));
        }
      }
    });
  }
});
