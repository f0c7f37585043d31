/** Rewrites one generated block of bench/README.md (`<!-- name:start -->` … `<!-- name:end -->`),
 * or appends it when the README has none yet, and prints the markdown. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function writeReadmeBlock(name: string, markdown: string): void {
  const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
  const readme = readFileSync(readmePath, 'utf8');
  const START = `<!-- ${name}:start -->`;
  const END = `<!-- ${name}:end -->`;
  const block = `${START}\n${markdown}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  writeFileSync(
    readmePath,
    start >= 0 && end > start
      ? `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`
      : `${readme.trimEnd()}\n\n${block}\n`,
  );
  process.stdout.write(`${markdown}\n`);
}
