import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx/index.ts';
import { MDX_COMPONENT_NAMES } from '../../src/lib/mdx-components.ts';

describe('MDX components', () => {
	it('allows in validation exactly the components the renderer provides', () => {
		expect(Object.keys(mdxComponents).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
	});
});
