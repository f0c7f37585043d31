import { ModelGates } from '@modelgates/sdk';
import { ModelGatesPlugin } from '@modelgates/vue-query';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createApp } from 'vue';
import App from './App.vue';

// Against the local @modelgates/mock by default; a real server with VITE_MODELGATES_BASE_URL and VITE_MODELGATES_API_KEY.
// A management key in a browser bundle is for local, admin-only use: never ship one to the public.
const baseUrl = import.meta.env.VITE_MODELGATES_BASE_URL ?? 'http://127.0.0.1:4010';
const apiKey = import.meta.env.VITE_MODELGATES_API_KEY ?? 'sk-or-v1-dashboard-against-the-mock';

createApp(App)
  .use(VueQueryPlugin, { queryClient: new QueryClient() })
  .use(ModelGatesPlugin, { client: new ModelGates({ apiKey, baseUrl, appTitle: 'ModelGates Vue example' }) })
  .mount('#app');
