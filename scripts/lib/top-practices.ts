/** The part of a Pagefind response the query table reads. */
interface Response {
	results: { data: () => Promise<{ url: string }> }[];
}

/** Ids (`owner/slug`) of the first `n` results, as the query table names practices. */
export async function topPractices(response: Response | null | undefined, n = 3): Promise<string[]> {
	const data = await Promise.all((response?.results ?? []).slice(0, n).map((r) => r.data()));
	return data.map((d) => new URL(d.url).pathname.replace(/^\/practices\//, '').replace(/\/$/, ''));
}
