import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, DATA_PATTERN, PRACTICE_PATTERN } from './site/content-root.ts';
import { CONTENT_SCHEMAS } from './validation/content-schemas.ts';
import { practiceLoader } from './practice-text/practice-loader.ts';

const data = (folder: string) => glob({ pattern: DATA_PATTERN, base: `${CONTENT_DIR}${folder}` });

export const collections = {
	practices: defineCollection({
		loader: practiceLoader({ pattern: PRACTICE_PATTERN, base: `${CONTENT_DIR}practices` }),
		schema: CONTENT_SCHEMAS.practices,
	}),
	replications: defineCollection({ loader: data('replications'), schema: CONTENT_SCHEMAS.replications }),
	municipalities: defineCollection({ loader: data('municipalities'), schema: CONTENT_SCHEMAS.municipalities }),
	regions: defineCollection({ loader: data('regions'), schema: CONTENT_SCHEMAS.regions }),
	topics: defineCollection({ loader: data('topics'), schema: CONTENT_SCHEMAS.topics }),
	associations: defineCollection({ loader: data('associations'), schema: CONTENT_SCHEMAS.associations }),
	events: defineCollection({ loader: data('events'), schema: CONTENT_SCHEMAS.events }),
	sources: defineCollection({ loader: data('sources'), schema: CONTENT_SCHEMAS.sources }),
	needs: defineCollection({ loader: data('needs'), schema: CONTENT_SCHEMAS.needs }),
	glossary: defineCollection({ loader: data('glossary'), schema: CONTENT_SCHEMAS.glossary }),
};
