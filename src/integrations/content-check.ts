import type { AstroIntegration } from 'astro';
import { COLLECTIONS } from '../schemas/common.ts';
import { readContentFiles } from '../lib/content-files.ts';
import { CONTENT_DIR } from '../lib/content-root.ts';
import { formatIssue, sortIssues } from '../lib/format-issues.ts';
import { validateContent } from '../lib/validate-content.ts';
import { checkMdxBody } from '../lib/mdx-safety.ts';
import { cachedCheck, sourceVersion } from '../lib/cached-check.ts';
import { RenderPool } from '../lib/render-pool.ts';
import { MDX_COMPONENT_NAMES } from '../lib/mdx-components.ts';
import { fileURLToPath } from 'node:url';

/**
 * Validates all content before Astro builds anything, and stops the build on any error
 * with every problem listed. Astro's own `reference()` check only logs and exits 0.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			// `astro:config:setup` runs before Astro syncs content, so curators see these messages first.
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command !== 'build') return;
				// Parsing every text is most of the work; results for unchanged texts come from the last build.
				const rules = ['src/lib/mdx-safety.ts', 'src/lib/mdx-static.ts', 'node_modules/remark-mdx/package.json'].map((f) => fileURLToPath(new URL(f, config.root)));
				const cache = cachedCheck(checkMdxBody, fileURLToPath(new URL('content-check/mdx-safety.json', config.cacheDir)), sourceVersion(rules));
				const files = readContentFiles(CONTENT_DIR, COLLECTIONS);
				const pool = new RenderPool();
				try {
					const bodies = files.filter((f) => f.collection === 'practices').map((f) => f.body);
					await cache.precompute(bodies, MDX_COMPONENT_NAMES, (body, components) => pool.check(body, components));
				} finally {
					await pool.close();
				}
				const issues = sortIssues(validateContent(files, { checkBody: cache.check }));
				cache.save();
				for (const issue of issues) {
					const line = formatIssue(issue);
					if (issue.severity === 'error') logger.error(line);
					else logger.warn(line);
				}
				const errors = issues.filter((i) => i.severity === 'error').length;
				if (errors) {
					throw new Error(`Проверка содержимого: ошибок — ${errors}. Исправьте их и запустите сборку снова.`);
				}
				logger.info('Проверка содержимого: ошибок нет.');
			},
		},
	};
}
