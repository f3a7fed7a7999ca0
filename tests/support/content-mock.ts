import { contentEntries, type Entry } from './content-entries.ts';

/**
 * `astro:content` for component tests, in place of the content store a build writes:
 * `vi.mock('astro:content', () => import('../../support/content-mock.ts'))`. It serves the real content
 * with the fixture practices and repeats laid over it, read from their files.
 */
export const FIXTURE_OVERLAYS = ['rich-practices', 'replications'] as const;
const entries = contentEntries(FIXTURE_OVERLAYS);

export async function getCollection(collection: keyof typeof entries): Promise<Entry[]> {
	return entries[collection];
}
