// The layer rules of ARCHITECTURE.md, enforced: the folder says where code runs, and so what it may import.
//
//   shared/    pure TypeScript: shared/ and pure libraries; no node:*, no electron, no DOM (the DOM part is
//              enforced by shared/tsconfig.json, which has no DOM library)
//   electron/  plain Node: shared/, node:*, Node libraries; `electron` only in main.ts, preload.ts, shell/
//   renderer/  the browser: shared/, browser libraries, and only *types* from electron/

import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** Libraries that are pure TypeScript/JavaScript with no Node or DOM dependency. */
// Pure libraries: no Node, no DOM, no electron. @noble/hashes hashes the stylesheet for the story's CSP;
// schema-dts is types only (schema.org's vocabulary for the JSON-LD).
const PURE_LIBRARIES = ['zod', '@noble/hashes', 'schema-dts'];

interface ImportRef {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every import, export-from, dynamic import and require in a file, with whether it is type-only. */
export function importsOf(file: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      refs.push({ file, specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({ file, specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      refs.push({ file, specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      refs.push({ file, specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** The top-level folder a relative import lands in ("shared", "electron", …), or null for a package. */
function targetFolder(ref: ImportRef): string | null {
  if (!ref.specifier.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, dirname(ref.file), ref.specifier)).split(sep)[0] ?? null;
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
const isShell = (file: string) =>
  file === 'electron/main.ts' || file === 'electron/preload.ts' || file.startsWith('electron/shell/');

/** Why an import breaks the layer rules, or null when it is allowed. */
export function layerViolation(ref: ImportRef): string | null {
  const layer = ref.file.split('/')[0];
  const target = targetFolder(ref);
  const isPackage = target === null;
  const name = packageName(ref.specifier);
  if (layer === 'shared') {
    if (target !== null && target !== 'shared') return `shared/ may import only shared/, not ${target}/`;
    if (isPackage && !PURE_LIBRARIES.includes(name)) return `shared/ may import only pure libraries, not "${name}"`;
  }
  if (layer === 'electron') {
    if (target === 'renderer') return 'the Node side may not import the renderer';
    if ((name === 'electron' || name === 'electron-store') && isPackage && !isShell(ref.file)) {
      return `only electron/main.ts, electron/preload.ts and electron/shell/ may import "${name}"`;
    }
  }
  if (layer === 'renderer') {
    if (isPackage && (NODE_BUILTINS.has(ref.specifier) || name === 'electron' || name === 'electron-store')) {
      return `the renderer runs in a browser and may not import "${ref.specifier}"`;
    }
    if (target === 'electron' && !ref.typeOnly) return 'the renderer may import only types from electron/ (use the bridge)';
  }
  return null;
}

function violationsIn(folder: string): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file, readFileSync(join(ROOT, file), 'utf8')).flatMap((ref) => {
      const why = layerViolation(ref);
      return why ? [`${file}: import "${ref.specifier}" — ${why}`] : [];
    }),
  );
}

describe('the layer rules', () => {
  it.each(['shared', 'electron', 'renderer'])('hold for every file in %s/', (folder) => {
    expect(violationsIn(folder)).toEqual([]);
  });

  describe('catch a file that breaks them', () => {
    const check = (file: string, line: string) => importsOf(file, line).map(layerViolation);

    it('shared/ importing node:fs, a DOM library or electron', () => {
      expect(check('shared/story/x.ts', "import { readFile } from 'node:fs/promises';")[0]).toMatch(/pure libraries/);
      expect(check('shared/story/x.ts', "import React from 'react';")[0]).toMatch(/pure libraries/);
      expect(check('shared/x.ts', "export * from '../electron/library/story-library.ts';")[0]).toMatch(/only shared/);
      expect(check('shared/x.ts', "import { z } from 'zod';")).toEqual([null]);
    });

    it('the Node side importing electron outside the shell', () => {
      expect(check('electron/library/x.ts', "import { app } from 'electron';")[0]).toMatch(/only electron\/main/);
      expect(check('electron/library/x.ts', "const Store = require('electron-store');")[0]).toMatch(/only electron/);
      expect(check('electron/shell/x.ts', "import { app } from 'electron';")).toEqual([null]);
    });

    it('the renderer importing Node, electron, or Node-side code', () => {
      expect(check('renderer/src/x.ts', "import fs from 'fs';")[0]).toMatch(/runs in a browser/);
      expect(check('renderer/src/x.ts', "await import('node:path');")[0]).toMatch(/runs in a browser/);
      expect(check('renderer/src/x.ts', "import { ipcRenderer } from 'electron';")[0]).toMatch(/runs in a browser/);
      expect(check('renderer/src/x.ts', "import { dispatch } from '../../electron/bridge/handlers.ts';")[0]).toMatch(
        /only types/,
      );
      expect(check('renderer/src/x.ts', "import type { BridgeHandlers } from '../../electron/bridge/handlers.ts';")).toEqual([
        null,
      ]);
    });
  });
});
