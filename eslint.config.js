// ESLint over the hand-written code: `pnpm lint` (zero warnings allowed), a step of `pnpm test:all`.
// Type-aware typescript-eslint rules, so the promise rules (no-floating-promises, no-misused-promises,
// await-thenable, return-await) see real types: a dropped promise in a client that retries and times
// out is a lost error or a leaked timer. Each file is typed by its nearest tsconfig.json (projectService).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Off where code handles untyped data on purpose (see where it is used). */
const untypedDataRules = {
  '@typescript-eslint/no-explicit-any': 'off',
  '@typescript-eslint/no-unsafe-argument': 'off',
  '@typescript-eslint/no-unsafe-assignment': 'off',
  '@typescript-eslint/no-unsafe-call': 'off',
  '@typescript-eslint/no-unsafe-member-access': 'off',
  '@typescript-eslint/no-unsafe-return': 'off',
};

export default tseslint.config(
  {
    // Not hand-written, or not source: generated clients, build output, caches, installed tools.
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/src/gen/**',
      '**/test-results/**',
      '.tools/**',
      'tests/consumers/fixtures/out/**',
      'tests/consumers/fixtures-cjs/out/**',
      // msw's own worker script, written by `msw init` at test time (git-ignored).
      '**/.msw-public/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The promise rules, spelled out: they are the reason this linter is type-aware.
      // checkThenables: every SDK call returns an APIPromise, a PromiseLike that is not a Promise;
      // without it the rule would not see a dropped `mg.apiKeys.get(...)`.
      '@typescript-eslint/no-floating-promises': ['error', { checkThenables: true }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `return promise` inside try skips its catch/finally (a retry or a timer cleanup): await it there.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // An `async` function without `await` is how a stub or an interceptor says it returns a promise
      // (fetch stubs in tests and bench): not a bug in this codebase.
      '@typescript-eslint/require-await': 'off',
      // Passing on a caught error or an AbortSignal's reason as it is, unwrapped, is the contract.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // Unused names are an error, except deliberate ones marked with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Code that is not a published library's source (tests, test helpers, scripts, bench, examples,
    // the conformance suite) walks untyped JSON and YAML (the spec, raw response bodies, package.json)
    // and feature-detects runtimes through globalThis: `any` there is deliberate, and these rules
    // would only ask for a cast at each property access. Library sources (packages/*/src) keep them.
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    ignores: ['packages/*/src/**'],
    rules: untypedDataRules,
  },
  {
    // Plain JavaScript that no tsconfig.json includes (bench cold-start scripts, the consumer and
    // release fixtures, scripts/*.mjs, this file): linted without type information.
    files: [
      'bench/cold/**',
      '**/*.cjs',
      'tests/consumers/fixtures/*.mjs',
      'scripts/*.mjs',
      'tests/release/fixtures/*.mjs',
      'eslint.config.js',
    ],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Hooks live in .ts files too (packages/react-query/src/hooks.ts). Vue composables and Svelte
    // functions share the `use` names but not React's rules.
    files: ['**/*.{ts,tsx}'],
    ignores: [
      'packages/vue-query/**',
      'packages/svelte-query/**',
      'examples/vue-*/**',
      'examples/svelte-*/**',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
