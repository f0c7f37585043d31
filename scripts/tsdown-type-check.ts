/**
 * A tsdown plugin that fails the build on a type error in the package's `src`.
 *
 * tsdown's dts step (rolldown-plugin-dts) emits declarations with TypeScript's `forceDtsEmit`,
 * which ignores type errors: a package that does not compile still got a `dist`. That step has
 * already built a TypeScript program of every module the entries reach, with the package's
 * tsconfig.json; this plugin asks the same program for its diagnostics on the files under `src`,
 * so the check costs the type-checking pass only (no second parse, no second tsc start).
 * Each package's tsdown.config.ts lists it (scripts/check-build-steps.mjs makes sure they all do).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TsdownPlugin } from 'tsdown';
import ts from 'typescript';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** The programs of the rolldown-plugin-dts instance that tsdown itself loads (resolved from tsdown). */
async function dtsPrograms(): Promise<readonly ts.Program[]> {
  const fromTsdown = createRequire(createRequire(import.meta.url).resolve('tsdown'));
  const url = pathToFileURL(fromTsdown.resolve('rolldown-plugin-dts/tsc-context')).href;
  const { globalContext } = (await import(url)) as { globalContext: { programs: ts.Program[] } };
  return globalContext.programs;
}

export function typeCheck(): TsdownPlugin {
  // One program serves every format (ESM, CJS) of a package: check each once.
  const checked = new WeakSet<ts.Program>();
  return {
    name: 'modelgates:type-check',
    tsdownConfigResolved(config) {
      const dts = config.dts;
      if (!dts || dts.oxc || dts.tsgo || dts.parallel)
        throw new Error(
          'the type check needs `dts: true` with tsc in tsdown.config.ts (not oxc, tsgo or parallel)',
        );
    },
    async generateBundle(_, bundle) {
      // Only the builds that emit declarations made the program (a dual package's CommonJS build
      // runs alongside without one, and may finish first).
      if (!Object.keys(bundle).some((f) => /\.d\.[cm]?ts$/.test(f))) return;
      const src = resolve('src') + sep;
      const { name } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
      const programs = (await dtsPrograms()).filter((p) =>
        p.getRootFileNames().some((f) => resolve(f).startsWith(src)),
      );
      if (programs.length === 0)
        this.error(
          'no TypeScript program of src from the dts step: rolldown-plugin-dts changed how it keeps them',
        );
      const started = performance.now();
      const diagnostics: ts.Diagnostic[] = [];
      let files = 0;
      for (const program of programs) {
        if (checked.has(program)) continue;
        checked.add(program);
        diagnostics.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
        for (const file of program.getSourceFiles()) {
          if (!resolve(file.fileName).startsWith(src)) continue;
          files++;
          diagnostics.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
        }
      }
      // The programs hold what the entries reach; a src file outside them would go unchecked.
      const reached = new Set(programs.flatMap((p) => p.getSourceFiles().map((f) => resolve(f.fileName))));
      const unreached = readdirSync(src, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.[cm]?tsx?$/.test(f) && !f.endsWith('.d.ts'))
        .filter((f) => !reached.has(resolve(src, f)));
      if (unreached.length)
        this.error(
          `reached from no entry, so not type-checked by the build: ${unreached.map((f) => `src/${f}`).join(', ')} ` +
            '(import it from an entry, or move it out of src)',
        );
      if (files)
        console.log(
          `type check: ${files} files of src, ${diagnostics.length} error(s), ${Math.round(performance.now() - started)} ms`,
        );
      if (diagnostics.length)
        this.error(
          `${diagnostics.length} type error(s) in the src of ${name}:\n` +
            ts.formatDiagnostics(diagnostics, {
              getCanonicalFileName: (f) => f,
              getCurrentDirectory: () => root,
              getNewLine: () => '\n',
            }),
        );
    },
  };
}
