/**
 * The form module (its messages and conversions) must not reach the bundle of code that imports
 * only the generated schemas, as the sdk does, and nothing may register a zod locale behind the
 * user's back. Sizes themselves are measured by scripts/measure-size.ts, not asserted here.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createKeyFormMessages } from '../src/index.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: pkgDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('bundling', () => {
  it('leaves the form module out when only the generated schemas are used (as the sdk does)', async () => {
    const code = await bundle(
      `import { zListResponse, zCreateKeysData } from './src/index.ts';
       export const check = (b: unknown) => [zListResponse.safeParse(b), zCreateKeysData.safeParse(b)];`,
    );
    expect(code).toContain('safeParse');
    expect(code).not.toContain(createKeyFormMessages.name);
  });

  it('includes it when the form schema is used', async () => {
    const code = await bundle(`export { createKeyFormSchema } from './src/index.ts';`);
    expect(code).toContain(createKeyFormMessages.name);
  });

  it('registers no zod locale', async () => {
    const code = await bundle(`export * from './src/index.ts';`);
    // zod's English locale builds its messages from these phrases; none are ours.
    expect(code).not.toMatch(/Invalid input: expected|Too small: expected/);
  });
});
