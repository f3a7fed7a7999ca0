import type { APIRoute } from 'astro';
import { practiceJsonSchema } from '../../open-data/open-data.ts';
import { dataPath } from '../../open-data/published-practices.ts';
import { absolute } from '../../site/urls.ts';

/** JSON Schema of one practice in practices.json, generated from the zod schema of practice files. */
export const GET: APIRoute = ({ site, url }) =>
	new Response(JSON.stringify(practiceJsonSchema(absolute(dataPath('practice.schema.json'), site, url)), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
