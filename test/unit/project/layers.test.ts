import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layers of README's "Architecture", as the lint rule and the import graph enforce them. */
const ROOT = join(import.meta.dirname, '../../..');

function trackedSources(): string[] {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'lib', 'components', 'entrypoints'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((path) => /\.(ts|tsx)$/.test(path));
}

/** lib/<folder>, components or entrypoints: the units whose imports must not go round in a circle. */
function unitOf(path: string): string {
  const [top, second] = path.split('/');
  return top === 'lib' && path.split('/').length > 2 ? `lib/${second}` : (top ?? path);
}

/** unit → units it imports, from the import and export-from statements of every source file. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of trackedSources()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(/(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = (match[1] ?? match[2] ?? '').split('?')[0] ?? '';
      const target = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? posix.join(dirname(file), spec) : null;
      if (!target) continue;
      const [from, to] = [unitOf(file), unitOf(target)];
      if (from === to) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every cycle's units, found by depth-first search. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const visit = (unit: string, path: string[]) => {
    for (const next of graph.get(unit) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) found.push([...path.slice(at), next]);
      else visit(next, [...path, next]);
    }
  };
  for (const unit of graph.keys()) visit(unit, [unit]);
  return found;
}

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the layers of lib/', () => {
  it('no folder imports another that imports it back, directly or through others', () => {
    const graph = importGraph();
    expect(graph.get('lib/judgement')?.has('lib/analysis')).toBe(true); // the graph is really read
    expect(cycles(graph)).toEqual([]);
  });

  it('lib/ itself holds at most two files: everything else is in a folder named for its job', () => {
    const rootFiles = trackedSources().filter((path) => /^lib\/[^/]+$/.test(path));
    expect(rootFiles.length).toBeLessThanOrEqual(2);
  });

  it('the lint rule refuses React, WXT and Dexie in a pure folder', async () => {
    const messages = await lintAs(
      'lib/analysis/example.ts',
      "import { useState } from 'react';\nimport { storage } from 'wxt/utils/storage';\nimport Dexie from 'dexie';\nexport const used = [useState, storage, Dexie];\n",
    );
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).toContain('A pure folder (README, "Architecture") imports no React, WXT or Dexie');
  });

  it('the lint rule refuses an import upward, and components/ from anywhere in lib/', async () => {
    const upward = await lintAs('lib/judgement/example.ts', "import { CandidateStore } from '../store/candidates';\nexport const used = CandidateStore;\n");
    expect(upward).toEqual([expect.stringContaining('lib/judgement may import only lib/text, lib/sites, lib/readers, lib/analysis')]);
    const panel = await lintAs('lib/ui/example.ts', "import { Sidebar } from '@/components/sidebar/Sidebar';\nexport const used = Sidebar;\n");
    expect(panel).toEqual([expect.stringContaining('lib/ never imports components/')]);
  });

  it('the lint rule refuses DOM globals as values in a pure folder (the CLI has none), and allows them as types', async () => {
    const values = await lintAs(
      'lib/readers/example.ts',
      'export const isText = (node: Node) => node.nodeType === Node.TEXT_NODE;\nexport const filter = NodeFilter.SHOW_TEXT;\nexport const here = () => document.title;\n',
    );
    expect(values).toHaveLength(3);
    for (const message of values) expect(message).toContain('A pure folder uses no DOM globals');
    expect(await lintAs('lib/readers/example.ts', 'export const title = (document: Document, node: Node): string => document.title + node.nodeType;\n')).toEqual([]);
  });

  it('a reader names its own site folder freely: "../github" two levels down is lib/readers/github', async () => {
    expect(await lintAs('lib/readers/upwork/example.ts', "import { queryFirst } from '../github/selectors';\nexport const used = queryFirst;\n")).toEqual([]);
  });
});
