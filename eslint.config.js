import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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

// ---------------------------------------------------------------------------
// Web boundaries (apps/web). Split by feature (STYLE.md "Shape of the code"):
// a feature under src/features/<name> does not import another feature; the
// route pages under src/routes (and src/app) compose features; code that
// several features need lives in src/components or src/lib, which import no
// feature and no route. No import cycles anywhere in the web app.
// ---------------------------------------------------------------------------
const webSrc = 'apps/web/src';
const webFeatures = readdirSync(new URL(`./${webSrc}/features`, import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const webBoundaries = {
  files: [`${webSrc}/**/*.{ts,tsx}`],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.tsx', '.js'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
  },
  rules: {
    'import-x/no-restricted-paths': [
      'error',
      {
        basePath: import.meta.dirname,
        zones: [
          ...webFeatures.map((feature) => ({
            target: `${webSrc}/features/${feature}`,
            from: `${webSrc}/features`,
            except: [`./${feature}`],
            message:
              'A web feature does not import another feature: compose them in src/routes, or move what both need to src/components or src/lib.',
          })),
          {
            target: [
              `${webSrc}/features`,
              `${webSrc}/components`,
              `${webSrc}/lib`,
              `${webSrc}/i18n`,
            ],
            from: [`${webSrc}/routes`, `${webSrc}/app`],
            message: 'Routes and the app shell compose features; nothing below them imports them.',
          },
          {
            target: [`${webSrc}/components`, `${webSrc}/lib`, `${webSrc}/i18n`],
            from: `${webSrc}/features`,
            message: 'Shared components and lib serve every feature and import none.',
          },
        ],
      },
    ],
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
    // Query keys come from each feature's api/query-keys.ts factory, never a literal.
    'no-restricted-syntax': [
      'error',
      {
        selector: "Property[key.name='queryKey'] > ArrayExpression",
        message:
          "Build the key with the feature's factory (features/<name>/api/query-keys.ts), not a literal.",
      },
    ],
  },
};

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
  webBoundaries,
);
