/** The Svelte example, built, in a real headless Chromium against the stateful @modelgates/mock server. */
import { runDashboardE2e } from '@modelgates/adapter-suite/e2e';

await runDashboardE2e({ name: 'svelte-dashboard', root: new URL('..', import.meta.url) });
