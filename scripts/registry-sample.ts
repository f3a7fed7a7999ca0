// Writes a registry of practices in Excel, made from the base's real practices (scripts/lib/sample-registry.ts):
//   node scripts/registry-sample.ts                      → examples/reestr-praktik-obrazets.xlsx, the example CONTRIBUTING shows
//   node scripts/registry-sample.ts --rows 200 --tricky --out /tmp/reestr-200.xlsx   → a test registry for `npm run import`
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../src/schemas/common.ts';
import { CONTENT_DIR } from '../src/site/content-root.ts';
import { readContentFiles } from '../src/validation/content-files.ts';
import { sampleRegistry } from './lib/sample-registry.ts';

export const EXAMPLE_REGISTRY = fileURLToPath(new URL('../examples/reestr-praktik-obrazets.xlsx', import.meta.url));
/** How many practices the example in examples/ holds: enough for a merged municipality, each date form and both kinds of results. */
export const EXAMPLE_ROWS = 8;

const { values } = parseArgs({
	options: { rows: { type: 'string' }, tricky: { type: 'boolean', default: false }, out: { type: 'string' } },
});
const out = values.out ?? EXAMPLE_REGISTRY;
const rows = values.rows ? Number(values.rows) : EXAMPLE_ROWS;
const workbook = sampleRegistry(readContentFiles(CONTENT_DIR, COLLECTIONS), { rows, tricky: values.tricky });
mkdirSync(dirname(out), { recursive: true });
await workbook.xlsx.writeFile(out);
console.log(`${out}: ${rows} строк практик${values.tricky ? ' со всеми трудными случаями' : ''}`);
