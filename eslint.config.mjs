// `npm run lint`: ESLint here, Prettier for layout. The boundary rules below are the
// "may import" column of ARCHITECTURE.md's layout table; change both together.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Frameworks, databases and the browser stay out of the framework-free libraries, so the same
// scoring call runs in the CLI, a test, the API and its worker.
const FRAMEWORK_IMPORTS = [
  '@nestjs/*',
  '@prisma/*',
  'prisma',
  'express',
  'pg',
  'pg-boss',
  'nestjs-pino',
  'pino',
  'class-validator',
  'class-transformer',
  'react',
  'react-dom',
  'react-router',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'artifacts/**',
      'scratch/**',
      'apps/api/src/generated/**',
      'prisma/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // Without these the import rules never open a .ts file and no-cycle passes vacuously.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'apps/web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Nest modules and DTO classes are legitimately empty or declaration-only.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: FRAMEWORK_IMPORTS, message: 'libs/ stay framework-free (see ARCHITECTURE.md).' }] },
      ],
    },
  },
  {
    files: ['libs/**/*.ts', 'apps/**/*.ts', 'apps/**/*.tsx'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // derive/ scripts are run by hand and read corpora through the evaluation's readers.
            {
              target: ['./libs/vocabulary', './libs/contracts', './libs/scoring/src', './libs/corroboration/src'],
              from: './apps',
              message: 'libraries never import an app',
            },
            {
              target: './libs/vocabulary',
              from: ['./libs/scoring', './libs/corroboration', './libs/contracts'],
              message: 'the vocabulary imports nothing',
            },
            {
              target: './libs/contracts',
              from: ['./libs/scoring', './libs/corroboration'],
              message: 'API contracts depend on the vocabulary only',
            },
            {
              target: './apps/web/src',
              from: ['./apps/api', './apps/cli', './libs/scoring', './libs/corroboration'],
              message: 'the browser app sees the API through its contracts only',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
