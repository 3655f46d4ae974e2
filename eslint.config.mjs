import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const noScriptOnTheSite =
  'The public site sends no JavaScript (docs/decisions/zero-javascript.md): keep this a server component.';
const clientHooks = [
  'useState',
  'useEffect',
  'useLayoutEffect',
  'useReducer',
  'useRef',
  'useTransition',
  'useActionState',
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // The site is plain HTML on purpose (it must work without JavaScript): its own links are <a>, not next/link.
      '@next/next/no-html-link-for-pages': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only the editor, which no site build contains, has client components.
    files: ['app/**', 'components/**', 'lib/**', 'i18n/**'],
    ignores: ['app/edit/**', 'components/editor/**', 'lib/editor/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Program > ExpressionStatement[directive='use client']", message: noScriptOnTheSite },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', importNames: clientHooks, message: noScriptOnTheSite },
            { name: 'next-intl', importNames: ['NextIntlClientProvider'], message: noScriptOnTheSite },
            ...['next/link', 'next/image', 'next/script', 'next/form', 'next/dynamic'].map((name) => ({
              name,
              message: `${name} is a client component. ${noScriptOnTheSite}`,
            })),
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'reports/**',
  ]),
]);
