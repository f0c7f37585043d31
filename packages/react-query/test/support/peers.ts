/** The peers as this package's own code and tests resolve them. Used by
 * @modelgates/react-query-oldest-peers to prove that its run of these tests loads the oldest peers. */
import { QueryClient } from '@tanstack/react-query';
import { version as react } from 'react';
import { version as reactDom } from 'react-dom';

export const loadedPeers = { react, reactDom, QueryClient };
