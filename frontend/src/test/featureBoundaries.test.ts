import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FEATURES = join(SRC, 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The feature a path belongs to, if any. */
function featureOf(path: string): string | undefined {
  const rel = relative(FEATURES, path);
  if (rel.startsWith('..')) return undefined;
  return rel.split(sep)[0];
}

/** Imports, in a file of one feature, of another feature's code. */
export function crossFeatureImports(file: string, source: string): string[] {
  const own = featureOf(file);
  if (!own) return [];
  const offending: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? '';
    let target: string | undefined;
    if (specifier.startsWith('@/')) target = join(SRC, specifier.slice(2));
    else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
    if (!target) continue;
    const other = featureOf(target);
    if (other && other !== own) offending.push(`${relative(SRC, file)} imports ${specifier}`);
  }
  return offending;
}

describe('feature boundaries', () => {
  it('catches an import of another feature (the rule itself works)', () => {
    const file = join(FEATURES, 'home', 'routes', 'HomePage.tsx');
    expect(crossFeatureImports(file, "import { x } from '@/features/places';")).toHaveLength(1);
    expect(crossFeatureImports(file, "import { x } from '../../places/api/sites';")).toHaveLength(1);
    expect(crossFeatureImports(file, "const m = import('@/features/places/routes');")).toHaveLength(1);
    expect(crossFeatureImports(file, "import { x } from '../components/Card';")).toHaveLength(0);
    expect(crossFeatureImports(file, "import { api } from '@/lib/api';")).toHaveLength(0);
  });

  it('no feature imports another feature: they compose in src/app', () => {
    const offending = sourceFiles(FEATURES).flatMap((file) => crossFeatureImports(file, readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('shared code (lib, components) does not depend on features', () => {
    const shared = [...sourceFiles(join(SRC, 'lib')), ...sourceFiles(join(SRC, 'components'))];
    const offending = shared.filter((file) => /from\s+['"](@\/features|(\.\.\/)+features)\//.test(readFileSync(file, 'utf8')));
    expect(offending.map((f) => relative(SRC, f))).toEqual([]);
  });
});
