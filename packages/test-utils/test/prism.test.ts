import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startPrism } from '../src/index.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Prism takes seconds to start on a loaded machine: vitest's 5 s default is not a bound on our code.
describe('startPrism', { timeout: 60_000 }, () => {
  it('serves the spec on a free port and is killed by pid on stop', async () => {
    const prism = await startPrism();
    expect(prism.url).toBe(`http://127.0.0.1:${prism.port}`);
    const res = await fetch(`${prism.url}/key`, { headers: { authorization: 'Bearer x' } });
    expect(res.status).toBe(200);
    await res.body?.cancel();
    expect(alive(prism.pid)).toBe(true);
    await prism.stop();
    expect(alive(prism.pid)).toBe(false);
  });

  it('fails fast with Prism’s own message when the spec is rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prism-bad-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'openapi: 3.1.0\npaths: [this is not an object\n');
    try {
      // The error is Prism's exit with its own output, not our start-up time-out.
      await expect(startPrism({ spec: bad, timeoutMs: 60_000 })).rejects.toThrow(
        /Prism exited \(\d+\) before listening\. Its output:\n[\s\S]*\S/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two servers can run side by side (parallel suites)', async () => {
    const port = await freePort();
    const [a, b] = await Promise.all([startPrism({ port }), startPrism()]);
    try {
      expect(a.port).toBe(port);
      expect(b.port).not.toBe(a.port);
      for (const p of [a, b]) {
        const res = await fetch(`${p.url}/keys`, { headers: { authorization: 'Bearer x' } });
        expect(res.status).toBe(200);
        await res.body?.cancel();
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
