import type { AstroIntegration } from 'astro';
import { COLLECTIONS } from '../schemas/common.ts';
import { parseText, readContentFiles } from '../validation/content-files.ts';
import { CONTENT_DIR } from '../site/content-root.ts';
import { formatIssue, sortIssues } from '../validation/format-issues.ts';
import { validateContent } from '../validation/validate-content.ts';
import { checkMdxBody } from '../practice-text/mdx-safety.ts';
import { cachedCheck, sourceVersion, textCache } from '../validation/cached-check.ts';
import { fileURLToPath } from 'node:url';
import { clearStoreOnSchemaChange, schemaFiles } from './content-store.ts';

/**
 * Validates all content before Astro builds anything, and stops the build on any error
 * with every problem listed. Astro's own `reference()` check only logs and exits 0. Under `astro dev`
 * the same problems are listed when the server starts.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			// `astro:config:setup` runs before Astro syncs content, so curators see these messages first.
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const stores = [
					new URL('data-store.json', config.cacheDir),
					new URL('.astro/data-store.json', config.root),
				].map((u) => fileURLToPath(u));
				if (clearStoreOnSchemaChange(schemaFiles(fileURLToPath(config.srcDir)), stores))
					logger.info('Схемы изменились: сохранённое содержимое разобрано заново.');
				// Parsing every text is most of the work; results for unchanged texts come from the last build.
				const rules = [
					'src/practice-text/mdx-safety.ts',
					'src/practice-text/mdx-components.ts',
					'src/practice-text/photo-rules.ts',
					'node_modules/remark-mdx/package.json',
				].map((f) => fileURLToPath(new URL(f, config.root)));
				const cache = cachedCheck(
					checkMdxBody,
					fileURLToPath(new URL('content-check/mdx-safety.json', config.cacheDir)),
					sourceVersion(rules),
				);
				// Parsing every file's YAML is the rest: kept by the file's text, with the parser's version.
				const parsing = ['src/validation/content-files.ts', 'node_modules/yaml/package.json'].map((f) =>
					fileURLToPath(new URL(f, config.root)),
				);
				const parsed = textCache(
					(key) => parseText(key.slice(1), key.startsWith('m')),
					fileURLToPath(new URL('content-check/parsed.json', config.cacheDir)),
					sourceVersion(parsing),
				);
				const files = readContentFiles(CONTENT_DIR, COLLECTIONS, {
					parse: (text, isMdx) => parsed.get(`${isMdx ? 'm' : 'y'}${text}`),
				});
				const issues = sortIssues(validateContent(files, { checkBody: cache.check }));
				cache.save();
				parsed.save();
				for (const issue of issues) {
					const line = formatIssue(issue);
					if (issue.severity === 'error') logger.error(line);
					else logger.warn(line);
				}
				const errors = issues.filter((i) => i.severity === 'error').length;
				// `astro dev` keeps running so the curator can fix the files and see the result; a text that is
				// unsafe is still never rendered there (remark-practice-safety.ts).
				if (errors && command === 'dev') {
					logger.error(
						`Проверка содержимого: ошибок — ${errors}. Страницы с ошибками в тексте не откроются, пока их не исправить.`,
					);
				} else if (errors) {
					throw new Error(`Проверка содержимого: ошибок — ${errors}. Исправьте их и запустите сборку снова.`);
				} else logger.info('Проверка содержимого: ошибок нет.');
			},
		},
	};
}
