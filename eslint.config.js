import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/*
 * Which part of src/ may import which: one row per folder, naming every folder it may import from
 * (a folder always uses its own modules). Anything missing from a row is forbidden, so a component
 * reaching into the feeds or the content check, or the story library reaching up into the pages,
 * fails `npm run lint`. Nothing in src/ may import scripts/ or tests/; they, and the config files
 * at the root, stand outside the table and may use any of it. Unit tests beside the code (*.test.ts)
 * may also use the shared fixtures in tests/fixtures/. docs/architecture.md explains each row.
 */
export const mayImport = {
  pages: ['layouts', 'components', 'feeds', 'seo', 'stories', 'urls', 'schema', 'site-config', 'assets'],
  layouts: ['components', 'seo', 'stories', 'urls', 'schema', 'site-config', 'assets'],
  components: ['seo', 'stories', 'urls', 'schema', 'site-config', 'assets'],
  feeds: ['components', 'seo', 'stories', 'urls', 'schema', 'site-config'],
  integrations: ['components', 'content-check', 'seo', 'stories', 'urls', 'schema', 'site-config'],
  seo: ['stories', 'urls', 'schema', 'site-config', 'assets'],
  'content-check': ['stories', 'urls', 'schema', 'site-config'],
  stories: ['schema', 'site-config'],
  urls: ['site-config'],
  schema: ['site-config'],
  'site-config': [],
  'content-config': ['schema'],
  assets: [],
};

/** The two files at the root of src/ have rows of their own; every other row is a folder. */
const rootFiles = { 'site-config': 'src/site.config.ts', 'content-config': 'src/content.config.ts' };
const folders = Object.keys(mayImport).filter((name) => !(name in rootFiles));

const elements = [
  ...folders.map((type) => ({
    type,
    pattern: type === 'assets' ? 'src/{assets,styles}' : `src/${type}`,
    partialMatch: false,
  })),
  // The root of src/ itself: its two files, told apart by their file category below.
  { type: 'src-root', pattern: 'src', partialMatch: false },
  // Outside the table: these may import anything in src/, and nothing in src/ may import them
  // (except unit tests using the shared fixtures).
  { type: 'fixtures', pattern: 'tests/fixtures', partialMatch: false },
  { type: 'scripts', pattern: 'scripts', partialMatch: false },
  { type: 'tests', pattern: 'tests', partialMatch: false },
];
const files = [
  ...Object.entries(rootFiles).map(([category, pattern]) => ({ category, pattern })),
  { category: 'unit-test', pattern: 'src/**/*.test.ts' },
];

/** A row of the table as selectors: the folders it may import, and the root files by category. */
function allowedTargets(allowed) {
  const types = allowed.filter((name) => !(name in rootFiles));
  const categories = allowed.filter((name) => name in rootFiles);
  return [
    ...(types.length > 0 ? [{ element: { types: { anyOf: types } } }] : []),
    ...(categories.length > 0 ? [{ file: { categories: { anyOf: categories } } }] : []),
  ];
}

const importTable = [
  ...Object.entries(mayImport).flatMap(([row, allowed]) => {
    const from = row in rootFiles ? { file: { categories: row } } : { element: { type: row } };
    return allowedTargets(allowed).map((to) => ({ from, allow: { to } }));
  }),
  ...['fixtures', 'scripts', 'tests'].map((type) => ({
    from: { element: { type } },
    allow: { to: { element: { type: '*' } } },
  })),
  { from: { file: { categories: 'unit-test' } }, allow: { to: { element: { type: 'fixtures' } } } },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.tmp/',
      '.cache/',
      'node_modules/',
      'scripts/bench-baseline/',
      'scripts/bench-baseline-incremental/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,js,astro}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: importTable,
          message:
            'src/{{from.element.type}} may not import from {{to.element.type}}: see the import table in eslint.config.js and docs/architecture.md',
        },
      ],
    },
  },
);
