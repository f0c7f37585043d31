/** The behaviour every adapter shares, run on the Vue composables (Node, happy-dom). */
import { adapterSuite } from '@modelgates/adapter-suite';
import { vueDriver } from './driver.js';

adapterSuite(vueDriver);
