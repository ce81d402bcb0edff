// Lint: typescript-eslint's recommended rules and eslint-plugin-lit's (template mistakes,
// attribute/property bindings), over sources, tests, stories and scripts.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'lib/',
      'storybook-static/',
      'node_modules/',
      'coverage/',
      'bench/.out/',
      'custom-elements.json',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'All data is untrusted: render through Lit templates.' },
        { property: 'outerHTML', message: 'All data is untrusted: render through Lit templates.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'All data is untrusted.' }] },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', 'bin/**', '*.config.*'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-properties': 'off' },
  },
);
