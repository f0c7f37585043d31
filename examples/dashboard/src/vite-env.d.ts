/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_MODELGATES_BASE_URL?: string;
  readonly VITE_MODELGATES_API_KEY?: string;
}
