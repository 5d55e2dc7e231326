// The house's rules of dependency (DESIGN §1), checked on every relative import of src/ and emulator/
// (static, type-only, re-exports and dynamic import() alike), each resolved to its file:
//   - the layers of src/, listed once in LAYERS from the top: a file imports only its own layer or
//     a lower one (data flows adapter -> use case -> core; the AWS and registry adapters use the
//     machine and the network; the run machinery sits under every adapter);
//   - src/core/ imports no Node built-in, @actions/*, @aws-sdk/* or @smithy/* (Biome's override on
//     src/core/** says the same for globals: process, timers, Date);
//   - no circle: no file reaches itself through its imports;
//   - the emulator imports nothing from src/.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';

const ROOT = process.cwd();

interface Edge {
  /** Importing file, relative to the repository, with / separators. */
  readonly from: string;
  /** The specifier as written. */
  readonly spec: string;
  /** The file a relative specifier resolves to (relative, / separators); undefined for a package. */
  readonly to?: string;
}

const posix = (p: string) => p.split(sep).join('/');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** `./x.js` → `./x.ts` (NodeNext spelling), else the file as named, else its index.ts. */
function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return found && posix(relative(ROOT, found));
}

function edgesOf(dir: string): Edge[] {
  return sources(join(ROOT, dir)).flatMap((file) => {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const from = posix(relative(ROOT, file));
    return info.importedFiles.map(({ fileName: spec }) =>
      spec.startsWith('.')
        ? { from, spec, to: resolveRelative(file, spec) ?? `unresolved:${spec}` }
        : { from, spec },
    );
  });
}

const edges = [...edgesOf('src'), ...edgesOf('emulator')];
const relativeEdges = edges.filter((e) => e.to !== undefined);
const show = (e: Edge) => `${e.from} -> ${e.to ?? e.spec}`;

/** The layers of src/, from the top; a file imports only from its own layer or one below it. */
const LAYERS: readonly { readonly name: string; readonly files: RegExp }[] = [
  { name: 'glue (CLI, action, library facade)', files: /^src\/(cli\/|action\/|index\.ts$)/ },
  { name: 'use cases', files: /^src\/use-cases\// },
  { name: 'AWS and registry adapters', files: /^src\/(aws|registry)\// },
  { name: 'the machine and the network', files: /^src\/(host|net)\// },
  { name: 'run machinery', files: /^src\/run\// },
  { name: 'core', files: /^src\/(core\/|version\.ts$)/ },
];

const layerOf = (path: string): number => LAYERS.findIndex((l) => l.files.test(path));
const inCore = (p: string) => p.startsWith('src/core/');
const BUILTINS = new Set(builtinModules);
const isForbiddenInCore = (spec: string) =>
  spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]!) || /^@(actions|aws-sdk|smithy)\//.test(spec);

/** Every circle of imports among src/ files, each as its files in order, starting at its least. */
function circles(): string[][] {
  const next = new Map<string, string[]>();
  for (const e of relativeEdges)
    if (e.from.startsWith('src/') && e.to!.startsWith('src/'))
      next.set(e.from, [...(next.get(e.from) ?? []), e.to!]);
  const found = new Map<string, string[]>();
  // Depth first from each file, reporting each circle once (rotated to start at its least file).
  const visit = (path: string[], seen: Set<string>) => {
    for (const to of next.get(path.at(-1)!) ?? []) {
      if (to === path[0]) {
        const at = path.indexOf([...path].sort()[0]!);
        const circle = [...path.slice(at), ...path.slice(0, at)];
        found.set(circle.join(' -> '), circle);
      } else if (!seen.has(to) && to > path[0]!) {
        seen.add(to);
        visit([...path, to], seen);
        seen.delete(to);
      }
    }
  };
  for (const start of next.keys()) visit([start], new Set([start]));
  return [...found.values()];
}

describe('rules of the house', () => {
  test('every file of src/ is in one layer', () => {
    const files = [...new Set(edges.map((e) => e.from))].filter((f) => f.startsWith('src/'));
    expect(files.filter((f) => layerOf(f) === -1)).toEqual([]);
  });

  test('no import from a lower layer to a higher one', () => {
    const up = relativeEdges
      .filter((e) => e.to!.startsWith('src/') && layerOf(e.to!) < layerOf(e.from))
      .map((e) => `${show(e)} (${LAYERS[layerOf(e.from)]!.name} -> ${LAYERS[layerOf(e.to!)]!.name})`);
    expect(up).toEqual([]);
  });

  test('src/core imports only src/core', () => {
    const out = relativeEdges.filter((e) => inCore(e.from) && !inCore(e.to!));
    expect(out.map(show)).toEqual([]);
  });

  test('src/core imports no Node built-in, @actions/*, @aws-sdk/* or @smithy/*', () => {
    const out = edges.filter((e) => e.to === undefined && inCore(e.from) && isForbiddenInCore(e.spec));
    expect(out.map(show)).toEqual([]);
  });

  test('no circles: no file reaches itself through its imports', () => {
    expect(circles().map((c) => c.join(' -> '))).toEqual([]);
  });

  test('the emulator imports nothing from src/', () => {
    const out = relativeEdges.filter((e) => e.from.startsWith('emulator/') && e.to!.startsWith('src/'));
    expect(out.map(show)).toEqual([]);
  });
});
