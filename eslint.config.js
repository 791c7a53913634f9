import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/*
 * The layers of src/, top to bottom. A module may import from its own layer and the layers below
 * it, never from a layer above: pages use components, components use the story library, the
 * library uses the schemas, and nothing points back up. src/site.config.ts sits below them all.
 * Scripts and tests stand outside the layers and may use any of them; nothing in src/ may import
 * a script or a test.
 */
export const layers = [
  'pages',
  'integrations',
  'feeds',
  'layouts',
  'components',
  'seo',
  'cards',
  'editorial',
  'headers',
  'stories',
  'urls',
  'schema',
];
const outside = ['scripts', 'tests'];

const layerElements = [
  ...layers.map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
  { type: 'assets', pattern: 'src/{assets,styles}', partialMatch: false },
  ...outside.map((type) => ({ type, pattern: type, partialMatch: false })),
];

const upwardImports = layers.map((type, index) => ({
  from: { element: { type } },
  disallow: { to: { element: { type: [...layers.slice(0, index), ...outside] } } },
  message: `${type} sits below {{to.element.type}}: move the shared code down a layer instead of importing upwards`,
}));

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
    settings: { 'boundaries/elements': layerElements },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', policies: upwardImports }],
    },
  },
);
