import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './scripts/eslint/layerBoundaries.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'coverage', 'bench/tmp', 'bench/results.json', 'data/schema', 'tests/e2e/__artifacts__'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, atlas: { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Which folder of src/ may import which: see LAYER_IMPORTS in scripts/eslint/layerBoundaries.js.
      'atlas/layer-boundaries': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain stays pure: no React, no Cytoscape, no store (imports of other src/ folders: atlas/layer-boundaries).
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'cytoscape', 'cytoscape-*', 'zustand', 'zustand/*'] }],
    },
  },
);
