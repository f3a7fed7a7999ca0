import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	ISSUE_FORM_FIELDS,
	REPLICATION_ISSUE_FORM,
	replicationFileName,
	replicationReportLinks,
	repositoryFrom,
} from '../../../src/replications/replications.ts';
import { entryFileName } from '../../../src/editor/entry-file-name.ts';
import { ReplicationSchema } from '../../../src/schemas/replication.ts';

const practice = { id: 'krasnoyarsk/yarkie-berega', title: 'Общегородской проект «Яркие берега»' };

interface IssueForm {
	name: string;
	title: string;
	body: { type: string; id?: string; attributes: { label?: string }; validations?: { required?: boolean } }[];
}
const form = parse(
	readFileSync(new URL(`../../../.github/ISSUE_TEMPLATE/${REPLICATION_ISSUE_FORM}`, import.meta.url), 'utf8'),
) as IssueForm;

describe('replicationFileName', () => {
	it('names a repeat after who repeated which practice, in the Latin kebab-case of every id', () => {
		expect(replicationFileName('lesosibirsk', 'krasnoyarsk/yarkie-berega')).toBe(
			'lesosibirsk-krasnoyarsk-yarkie-berega',
		);
	});
});

describe('entryFileName, the editor’s name for a new entry', () => {
	it('names a repeat after its municipality and practice, and other entries after their title, name or term', () => {
		expect(entryFileName({ practice: 'krasnoyarsk/yarkie-berega', municipality: 'lesosibirsk', year: 2024 })).toBe(
			'lesosibirsk-krasnoyarsk-yarkie-berega',
		);
		expect(entryFileName({ title: 'Яркие берега' })).toBe('yarkie-berega');
		expect(entryFileName({ name: 'Лесосибирск' })).toBe('lesosibirsk');
		expect(entryFileName({ municipality: 'krasnoyarsk', year: 2024 })).toBe('krasnoyarsk');
		expect(entryFileName({ practice: 'krasnoyarsk/yarkie-berega' })).toBe('');
	});
});

describe('replicationReportLinks', () => {
	it('on GitHub, opens the issue form «Мы повторили практику» with the practice filled in, and the editor with it chosen', () => {
		const links = replicationReportLinks(practice, repositoryFrom({ CMS_REPO: 'asdg/praktiki' }));
		const form = new URL(links.issueForm ?? '');
		expect(`${form.origin}${form.pathname}`).toBe('https://github.com/asdg/praktiki/issues/new');
		expect(form.searchParams.get('template')).toBe(REPLICATION_ISSUE_FORM);
		expect(form.searchParams.get(ISSUE_FORM_FIELDS.practice)).toBe('krasnoyarsk/yarkie-berega');
		expect(form.searchParams.get('title')).toBe('Повтор практики: Общегородской проект «Яркие берега»');
		expect(links.editor).toBe('/admin/#/collections/replications/new?practice=krasnoyarsk%2Fyarkie-berega');
	});

	it('offers the editor alone when the content is kept on another backend, which has no GitHub issue forms', () => {
		expect(
			replicationReportLinks(practice, repositoryFrom({ CMS_BACKEND: 'gitlab', CMS_REPO: 'asdg/praktiki' })),
		).toEqual({
			editor: '/admin/#/collections/replications/new?practice=krasnoyarsk%2Fyarkie-berega',
		});
	});

	it('takes the editor’s default repository when the build names none', () => {
		expect(replicationReportLinks(practice, repositoryFrom({})).issueForm).toMatch(
			/^https:\/\/github\.com\/municipal-practices\/knowledge-base\/issues\/new\?/,
		);
	});
});

describe('the issue form «Мы повторили практику»', () => {
	it('is named as the card says and has the field the card’s link fills in', () => {
		expect(form.name).toBe('Мы повторили практику');
		const ids = form.body.map((f) => f.id).filter(Boolean);
		expect(ids).toContain(ISSUE_FORM_FIELDS.practice);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('asks, as required, for every required field of a repeat, and for its results and contacts', () => {
		const required = form.body.filter((f) => f.validations?.required).map((f) => f.id);
		const schemaRequired = Object.entries(ReplicationSchema.shape)
			.filter(([, schema]) => !schema.safeParse(undefined).success)
			.map(([name]) => name);
		expect(schemaRequired).toEqual(['practice', 'municipality', 'year', 'outcome', 'source']);
		for (const field of schemaRequired) expect(required, field).toContain(field);
		const ids = form.body.map((f) => f.id);
		expect(ids).toEqual(expect.arrayContaining(['results', 'contact']));
	});
});
