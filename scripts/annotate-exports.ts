/**
 * Gives every exported `const` of a generated file the explicit type TypeScript infers for it, so
 * that the file passes `isolatedDeclarations` and JSR's "no slow types" check (`deno publish`): JSR
 * (and any isolated-declarations tool) can then read the public types without type-checking the
 * initializers.
 *
 * hey-api's zod plugin has no option for annotated schemas; the annotations here are what
 * TypeScript's own quick fix for isolated declarations writes ("Add annotation of type ...",
 * `fixMissingTypeAnnotationOnExports`), i.e. the inferred type printed in full, so the type users
 * see is the one they saw before (`z.ZodMiniObject<{ ... }, z.core.$strip>`, not a wider
 * `z.ZodType`). The step fails when a declaration stays unannotated or an annotation is not the
 * initializer's own type.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  declaration: true,
  isolatedDeclarations: true,
  noEmit: true,
};

/** A language service over one file whose text is `text` (the rest is read from disk). */
function languageService(file: string, text: string): ts.LanguageService {
  const read = (name: string) => (name === file ? text : ts.sys.readFile(name));
  return ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => '0',
    getScriptSnapshot: (name) => {
      const content = read(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => process.cwd(),
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: read,
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (name) => ts.sys.directoryExists(name),
    getDirectories: (name) => ts.sys.getDirectories(name),
  });
}

function applyEdits(text: string, edits: readonly ts.TextChange[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce(
      (out, e) => out.slice(0, e.span.start) + e.newText + out.slice(e.span.start + e.span.length),
      text,
    );
}

/** Each top-level const's type as TypeScript prints it: the annotation if any, else the inferred one. */
function constTypes(service: ts.LanguageService, file: string): Map<string, string> {
  const program = service.getProgram()!;
  const checker = program.getTypeChecker();
  const types = new Map<string, string>();
  for (const statement of program.getSourceFile(file)!.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      const type = d.type ? checker.getTypeFromTypeNode(d.type) : checker.getTypeAtLocation(d.name);
      const printed = checker.typeToString(type, d, ts.TypeFormatFlags.NoTruncation);
      // A quoted key keeps the source's quotes when inferred and gets double quotes when annotated.
      types.set(d.name.getText(), printed.replace(/'([^'"\\]*)':/g, '"$1":'));
    }
  }
  return types;
}

/** The declarations `isolatedDeclarations` still rejects. */
function slowTypes(service: ts.LanguageService, file: string): string[] {
  const program = service.getProgram()!;
  const source = program.getSourceFile(file)!;
  return program.getDeclarationDiagnostics(source).map((d) => {
    const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

export async function annotateExports(file: string): Promise<void> {
  const original = readFileSync(file, 'utf8');
  const service = languageService(file, original);
  const before = constTypes(service, file);
  const fix = service.getCombinedCodeFix(
    { type: 'file', fileName: file },
    'fixMissingTypeAnnotationOnExports',
    {},
    {},
  );
  const annotated = applyEdits(
    original,
    fix.changes.flatMap((c) => c.textChanges),
  );
  const check = languageService(file, annotated);
  const problems = slowTypes(check, file);
  const after = constTypes(check, file);
  for (const [name, type] of before) {
    if (after.get(name) !== type) problems.push(`${name}: inferred ${type}, annotated ${after.get(name)}`);
  }
  if (problems.length > 0) throw new Error(`annotate-exports:\n${problems.join('\n')}`);
  writeFileSync(file, await format(annotated, { ...(await resolveConfig(file)), filepath: file }));
}
