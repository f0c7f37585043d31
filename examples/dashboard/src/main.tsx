import { ModelGates } from '@modelgates/sdk';
import { ModelGatesProvider } from '@modelgates/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

// Against the local @modelgates/mock by default; a real server with VITE_MODELGATES_BASE_URL and VITE_MODELGATES_API_KEY.
// A management key in a browser bundle is for local, admin-only use: never ship one to the public.
const baseUrl = import.meta.env.VITE_MODELGATES_BASE_URL ?? 'http://127.0.0.1:4010';
const apiKey = import.meta.env.VITE_MODELGATES_API_KEY ?? 'sk-or-v1-dashboard-against-the-mock';

const mg = new ModelGates({ apiKey, baseUrl, appTitle: 'ModelGates dashboard example' });
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ModelGatesProvider client={mg}>
        <App baseUrl={baseUrl} />
      </ModelGatesProvider>
    </QueryClientProvider>
  </StrictMode>,
);
