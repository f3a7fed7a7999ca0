import { DRAFTS_COLLECTION } from './decap-config.ts';
import { publishedPath } from './draft-mark.ts';

/** A file Decap hands its backend to write; `newPath` moves it. */
interface DataFile {
	path: string;
	newPath?: string;
	[key: string]: unknown;
}

/** What Decap hands `persistEntry`: the entry's files (and, in older callers, one `entry`) and its photos. */
export interface PersistedEntry {
	dataFiles?: DataFile[];
	entry?: DataFile;
	[key: string]: unknown;
}

/** What Decap passes `persistEntry` besides the files. */
interface PersistOptions {
	collectionName?: string;
	useWorkflow?: boolean;
	commitMessage?: string;
}

/** A backend's implementation: what talks to GitHub, GitLab, Gitea, Forgejo or decap-server. */
interface Implementation {
	persistEntry: (entry: PersistedEntry, options: PersistOptions) => Promise<unknown>;
	/** decap-server's (`proxy`): one call of its API, and the branch entries are published to. */
	request?: (payload: unknown) => Promise<unknown>;
	branch?: string;
}

/** A Decap backend as its registry keeps it: `init` makes the implementation. */
interface RegisteredBackend {
	init: (...args: unknown[]) => Implementation;
}

/**
 * The files of an entry saved from «Черновики», each draft moved to its published name (`_slug.mdx` →
 * `slug.mdx`) in the same commit; entries of other collections as they are.
 */
export function publishDrafts(entry: PersistedEntry, collectionName: string | undefined): PersistedEntry {
	if (collectionName !== DRAFTS_COLLECTION) return entry;
	const move = (file: DataFile): DataFile => {
		const to = publishedPath(file.path);
		return to ? { ...file, newPath: to } : file;
	};
	return {
		...entry,
		...(entry.dataFiles ? { dataFiles: entry.dataFiles.map(move) } : {}),
		...(entry.entry ? { entry: move(entry.entry) } : {}),
	};
}

/**
 * Makes saving a draft in the editor publish it. Decap cannot rename an entry's file (decaporg/decap-cms#445);
 * every backend it ships moves a file whose `newPath` is set (what its nested collections use to move an
 * entry), so each registered backend's implementation gets its `persistEntry` wrapped to set it. Only
 * public registry calls are used: `getBackend` returns the object whose `init` Decap calls.
 */
export function publishDraftsOnSave(
	cms: { getBackend: (name: string) => RegisteredBackend | undefined },
	backends: readonly string[],
): void {
	for (const name of backends) {
		const registered = cms.getBackend(name);
		if (!registered) continue;
		const init = registered.init;
		registered.init = (...args) => {
			const implementation = init(...args);
			const persist = implementation.persistEntry.bind(implementation);
			implementation.persistEntry = (entry, options) => {
				const moved = publishDrafts(entry, options.collectionName);
				return name === 'proxy' && moved !== entry
					? persistMovedLocally(implementation, persist, moved, options)
					: persist(moved, options);
			};
			return implementation;
		};
	}
}

/**
 * decap-server (`npm run cms`) moves a file only after it has committed the entry (its move is not awaited),
 * which would leave the rename out of the commit and in the working tree. So on the curator's machine the
 * published file is written as the entry, and the draft is then deleted on the entry's branch: the same
 * change, in two commits on that branch.
 */
async function persistMovedLocally(
	implementation: Implementation,
	persist: Implementation['persistEntry'],
	entry: PersistedEntry,
	options: PersistOptions,
) {
	const files = entry.dataFiles ?? (entry.entry ? [entry.entry] : []);
	const written = files.map(({ newPath, ...file }) => ({ ...file, path: newPath ?? file.path }));
	await persist({ ...entry, dataFiles: written, ...(entry.entry ? { entry: written[0] } : {}) }, options);
	// The branch decap-server keeps an entry of the editorial workflow on: cms/<collection>/<slug>.
	const branch = options.useWorkflow
		? `cms/${options.collectionName}/${String(files[0]?.['slug'])}`
		: implementation.branch;
	for (const file of files) {
		if (file.newPath)
			await implementation.request?.({
				action: 'deleteFile',
				params: {
					branch,
					path: file.path,
					options: { commitMessage: options.commitMessage ?? `Публикация черновика ${file.newPath}` },
				},
			});
	}
}
