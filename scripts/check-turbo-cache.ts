/**
 * Asserts that the turbo graph declares its inputs and outputs well enough for caching: right after
 * a build, a second `turbo run build` must be a cache hit for every task that runs a command.
 */
import { execFileSync } from 'node:child_process';

const dry = JSON.parse(
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--dry=json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
) as { tasks: { taskId: string; command: string; cache: { status: string } }[] };
const real = dry.tasks.filter((t) => t.command !== '<NONEXISTENT>');
const misses = real.filter((t) => t.cache.status !== 'HIT');
for (const t of real) console.log(`${t.cache.status === 'HIT' ? 'hit ' : 'MISS'} ${t.taskId}`);
if (misses.length || real.length === 0) {
  console.error(`A second build would not be a full cache hit: ${misses.map((t) => t.taskId).join(', ')}`);
  process.exit(1);
}
console.log(`A second build is a full cache hit (${real.length} tasks).`);
