import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// API boundaries (issue #15): a feature under apps/api/src/features/<a>/ may
// import its own files, the shared modules below, code outside features/
// (db, http, config, errors) and packages/*, but never another feature.
// Shared things move into a shared module instead of being exempted.
const apiSharedFeatures = ['request-core', 'audit', 'mail', 'staff'];
const apiFeatures = readdirSync(new URL('./apps/api/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const apiFeatureZones = apiFeatures.map((feature) => ({
  target: `./apps/api/src/features/${feature}`,
  from: './apps/api/src/features',
  except: [...new Set([feature, ...apiSharedFeatures])].map((name) => `./${name}`),
  message: `A feature imports only its own files, ${apiSharedFeatures.join(', ')} and shared code outside features/; move what several features need into one of those.`,
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'var/**',
      'apps/api/src/generated/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // --- apps/api boundaries -------------------------------------------------
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: 'apps/api/tsconfig.json' }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: apiFeatureZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // --- end apps/api boundaries ---------------------------------------------
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
