/**
 * `waitFor` and `findBy*` wait up to 10 s instead of Testing Library's 1 s: the first request of a
 * file goes through a cold module graph and Prism, which on a loaded 2-core machine can take more
 * than a second. A wait still ends as soon as its condition holds.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
