import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createI18n, SUPPORTED_LANGUAGES } from './index';

const CONTRACT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../openapi.yaml');

/** The values of the contract's `ProblemCode` enum, read from openapi.yaml itself. */
function contractProblemCodes(): string[] {
  const contract = readFileSync(CONTRACT, 'utf8');
  const schema = /\n {4}ProblemCode:\n((?: {6,}.*\n)+)/.exec(contract)?.[1] ?? '';
  return [...schema.matchAll(/^ {8}- ([a-z][a-z-]*)$/gm)].map((m) => m[1] ?? '');
}

describe('problem codes of the contract', () => {
  const codes = contractProblemCodes();

  it('are read from openapi.yaml', () => {
    expect(codes).toContain('validation-failed');
    expect(codes.length).toBeGreaterThan(30);
  });

  for (const language of SUPPORTED_LANGUAGES) {
    it(`each have a text of their own in ${language}`, async () => {
      const i18n = await createI18n(language);
      const missing = codes.filter((code) => !i18n.exists(`common:errors.codes.${code}`, { lng: language, fallbackLng: [] }));
      expect(missing).toEqual([]);
    });
  }
});
