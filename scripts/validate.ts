// Checks all content without building the site: `npm run validate [-- --format github|gitlab] [--output <file>]`.
// Exits 1 on any error; warnings are printed but do not fail. `--format gitlab` gives GitLab's
// code-quality report (JSON); `--output` writes the findings to a file instead of the terminal (npm prints
// its own header line on stdout, so a redirected stdout would not be valid JSON).
import { validateCommand } from './lib/validate-command.ts';

const run = validateCommand(process.argv.slice(2));
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.status;
