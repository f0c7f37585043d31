/**
 * A test run must leave a checkout as a fresh clone has it: no tracked file changed or deleted, no
 * untracked file that .gitignore does not cover. The last step of `npm test` (scripts/test-all.ts);
 * also runs on its own: `pnpm exec tsx scripts/check-clean.ts`.
 *
 * Outside a git checkout of this repository (an unpacked tarball, no `git` installed) there is
 * nothing to compare with: the check is skipped and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Status = { checkout: false; reason: string } | { checkout: true; dirty: string[] };

/** `git status --porcelain` of the checkout at `root`, one entry per file. */
export function gitStatus(root: string): Status {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const top = git('rev-parse', '--show-toplevel');
  if (top.error) return { checkout: false, reason: `git is not available (${top.error.message})` };
  if (top.status !== 0) {
    // A .git here that git refuses (e.g. "dubious ownership") is a problem to report, not a skip.
    if (existsSync(join(root, '.git')))
      throw new Error(`git cannot read this checkout: ${top.stderr.trim()}`);
    return { checkout: false, reason: 'not a git checkout' };
  }
  if (realpathSync(top.stdout.trim()) !== realpathSync(root)) {
    return { checkout: false, reason: `it lies inside another git repository (${top.stdout.trim()})` };
  }
  const status = git('status', '--porcelain', '--untracked-files=all');
  if (status.status !== 0) throw new Error(`git status failed: ${status.stderr.trim()}`);
  return { checkout: true, dirty: status.stdout.split('\n').filter(Boolean) };
}

/**
 * Prints the verdict: 'ok' (clean), 'skip' (not a git checkout) or 'FAIL' (what is dirty, each
 * entry marked when `before`, the status taken before the run, already showed it).
 */
export function reportClean(root: string, before?: Status): 'ok' | 'skip' | 'FAIL' {
  const after = gitStatus(root);
  if (!after.checkout) {
    console.log(`Clean checkout: skipped, ${after.reason}; nothing to compare the run's leftovers with.`);
    return 'skip';
  }
  if (!after.dirty.length) {
    console.log('Clean checkout: git status shows no change and no untracked file.');
    return 'ok';
  }
  const earlier = new Set(before?.checkout ? before.dirty : []);
  console.error('Clean checkout: FAIL, git status --porcelain --untracked-files=all shows:');
  for (const line of after.dirty) {
    console.error(`  ${line}${earlier.has(line) ? '   (already there before the run)' : ''}`);
  }
  console.error(
    'A test run must leave a fresh clone unchanged: commit what belongs in the repository, stop the run\n' +
      'from writing it, or list it in .gitignore if it is a build or test output.',
  );
  return 'FAIL';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  process.exit(reportClean(root) === 'FAIL' ? 1 : 0);
}
