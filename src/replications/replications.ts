import { withBase } from '../site/urls.ts';

/**
 * Replications: a municipality repeated another's practice. Pure helpers shared by the pages, open data,
 * `npm run new -- --replication` and the web editor; the entries themselves are loaded in site/site-data.ts.
 */

/** The repository's issue form «Мы повторили практику», in `.github/ISSUE_TEMPLATE/`. */
export const REPLICATION_ISSUE_FORM = 'my-povtorili-praktiku.yml';

/** Ids of the issue form's fields that a card's link fills in (GitHub prefills a form field from `?<id>=`). */
export const ISSUE_FORM_FIELDS = { practice: 'practice' } as const;

/** The repository the site is edited in, as the editor's build sees it; GitHub unless another backend is chosen. */
export const DEFAULT_REPOSITORY = 'municipal-practices/knowledge-base';

/** The file name of a repeat, from who repeated which practice: `lesosibirsk-krasnoyarsk-yarkie-berega`. */
export function replicationFileName(municipality: string, practice: string): string {
	return `${municipality}-${practice.replace('/', '-')}`;
}

/** Where the site's content is kept: `CMS_BACKEND` (github by default) and `CMS_REPO`, the editor's build settings. */
export interface Repository {
	backend: string;
	repo: string;
}

/** The repository from the build's environment, with the editor's defaults. */
export function repositoryFrom(env: Readonly<Record<string, string | undefined>>): Repository {
	return { backend: env['CMS_BACKEND'] || 'github', repo: env['CMS_REPO'] || DEFAULT_REPOSITORY };
}

/** How a reader tells the base that their municipality repeated a practice. */
export interface ReportLinks {
	/** The GitHub issue form with the practice filled in; only when the repository is on GitHub. */
	issueForm?: string;
	/** A new repeat in the web editor with the practice chosen. */
	editor: string;
}

/**
 * The links a practice card offers for reporting a repeat. The issue form exists only on GitHub; on another
 * backend (GitLab, Gitea) the editor alone is offered. Decap reads a new entry's field values from the query of
 * its address, so the editor opens with the practice already chosen.
 */
export function replicationReportLinks(practice: { id: string; title: string }, repository: Repository): ReportLinks {
	const editor = withBase(`admin/#/collections/replications/new?${new URLSearchParams({ practice: practice.id })}`);
	if (repository.backend !== 'github') return { editor };
	const query = new URLSearchParams({
		template: REPLICATION_ISSUE_FORM,
		title: `Повтор практики: ${practice.title}`,
		[ISSUE_FORM_FIELDS.practice]: practice.id,
	});
	return { issueForm: `https://github.com/${repository.repo}/issues/new?${query}`, editor };
}
