import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface Job {
	stage?: string;
	rules?: { if?: string }[];
	before_script?: string[];
	script?: string[];
	artifacts?: { when?: string; paths?: string[]; reports?: { codequality?: string } };
}
const gitlab = parse(read('.gitlab-ci.yml')) as Record<string, unknown> & {
	default: Job;
	workflow: { rules: { if: string }[] };
};
const jobs = Object.fromEntries(
	Object.entries(gitlab).filter(
		([name, value]) => !['default', 'stages', 'workflow'].includes(name) && typeof value === 'object',
	),
) as Record<string, Job>;

/** `npm …` commands of a list of shell lines, without their arguments after `--`. */
const npmCommands = (lines: readonly string[]) =>
	lines.flatMap((line) => [...line.matchAll(/\bnpm (?:run [\w:-]+|test|install)\b/g)].map((m) => m[0]));
const onMergeRequest = (job: Job) =>
	job.rules?.some((r) => r.if === '$CI_PIPELINE_SOURCE == "merge_request_event"') ?? false;
const onDefaultBranch = (job: Job) =>
	job.rules?.some((r) => r.if === '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH') ?? false;

/** The commands README's tables and code blocks name: `npm test`, `npm run build`, … */
const readmeCommands = new Set(
	[...read('README.md').matchAll(/`(npm (?:run [\w:-]+|test|install|start))/g)].map((m) => m[1]),
);

describe('.gitlab-ci.yml', () => {
	it('parses, and runs only for merge requests and the default branch', () => {
		expect(gitlab.workflow.rules.map((r) => r.if)).toEqual([
			'$CI_PIPELINE_SOURCE == "merge_request_event"',
			'$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
		]);
		expect(Object.keys(jobs).sort()).toEqual(['build', 'pages', 'test', 'validate']);
	});

	it('checks a merge request with the commands the GitHub pull-request workflow runs', () => {
		const github = parse(read('.github/workflows/pull-request.yml')) as {
			jobs: Record<string, { steps: { run?: string }[] }>;
		};
		const githubCommands = Object.values(github.jobs).flatMap((job) =>
			npmCommands(job.steps.flatMap((s) => (s.run ? [s.run] : []))),
		);
		const mergeRequestJobs = Object.values(jobs).filter(onMergeRequest);
		const gitlabCommands = mergeRequestJobs.flatMap((job) =>
			npmCommands([...(job.before_script ?? gitlab.default.before_script ?? []), ...(job.script ?? [])]),
		);
		expect(new Set(gitlabCommands)).toEqual(new Set(githubCommands));
		expect(mergeRequestJobs.map((job) => npmCommands(job.script ?? [])).sort()).toEqual([
			['npm run build'],
			['npm run validate'],
			['npm test'],
		]);
	});

	it('calls only commands that README documents', () => {
		const all = Object.values(jobs).flatMap((job) =>
			npmCommands([...(job.before_script ?? gitlab.default.before_script ?? []), ...(job.script ?? [])]),
		);
		expect(all.length).toBeGreaterThan(0);
		for (const command of all) expect(readmeCommands, command).toContain(command);
	});

	it('hands validation findings to the merge request as a code-quality report, even when validation fails', () => {
		const { validate } = jobs;
		const line = validate?.script?.find((l) => l.includes('npm run validate'));
		const output = line?.match(/--format gitlab --output (\S+)/)?.[1];
		expect(output).toBeDefined();
		expect(validate?.artifacts?.reports?.codequality).toBe(output);
		expect(validate?.artifacts?.when).toBe('always');
	});

	it('publishes the built site to GitLab Pages from the default branch only', () => {
		const { pages } = jobs;
		expect(onDefaultBranch(pages!)).toBe(true);
		expect(onMergeRequest(pages!)).toBe(false);
		expect(npmCommands(pages?.script ?? [])).toEqual(['npm run build']);
		expect(pages?.script?.at(-1)).toBe('rm -rf public && mv dist public');
		expect(pages?.artifacts?.paths).toEqual(['public']);
	});
});
