import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'bench/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render content through Lit templates only.',
        },
        { selector: "Identifier[name='unsafeHTML']", message: 'Render content through Lit templates only.' },
        { selector: "Identifier[name='styleMap']", message: 'styleMap breaks a strict CSP.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'wc/guard-super-call': 'off' },
  },
  {
    // Shared suites build templates for any tag with lit/static-html, which these rules cannot parse.
    files: ['test/suites/**/*.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
);
