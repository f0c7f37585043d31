/** The behaviour every adapter shares, run on the Svelte functions (Node, happy-dom, Svelte's
 * client runtime). */
import { adapterSuite } from '@modelgates/adapter-suite';
import { svelteDriver } from './driver.svelte.js';

adapterSuite(svelteDriver);
