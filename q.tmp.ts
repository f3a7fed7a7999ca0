import { relaxedSearch } from '/work/main/public/search/engine/relax.js';
const pf = await import('/work/main/dist/pagefind/pagefind.js');
await pf.options({ basePath: 'http://127.0.0.1:4400/pagefind/' });
for (const q of process.argv.slice(2)) {
  const r = await relaxedSearch(pf.search, q);
  const urls = (await Promise.all(r.results.slice(0, 4).map((x: any) => x.data()))).map((d: any) => new URL(d.url).pathname);
  console.log(q, '→', urls.join('  '));
}
