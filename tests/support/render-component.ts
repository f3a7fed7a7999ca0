import { experimental_AstroContainer } from 'astro/container';
import { parseHtml, type HTMLElement } from './html.ts';

/**
 * A component rendered alone through Astro's Container API, as govuk-frontend renders a template without a
 * site, and read with the tests' HTML reader. Components that call `siteData()` need `astro:content` mocked
 * (support/content-mock.ts).
 */
const container = await experimental_AstroContainer.create();

export async function renderComponent(
	component: Parameters<typeof container.renderToString>[0],
	props: Record<string, unknown>,
): Promise<HTMLElement> {
	return parseHtml(await container.renderToString(component, { props }));
}
