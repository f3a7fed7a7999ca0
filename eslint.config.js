// ESLint over the code (`npm run lint`): the recommended rules of ESLint, typescript-eslint and
// eslint-plugin-astro, as Starlight uses them; formatting is Prettier's, so eslint-config-prettier
// switches off every rule that would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'public/', 'content/', 'tests/fixtures/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// A leading underscore names what a signature or a destructuring must hold and the code leaves unused on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	prettier,
);
