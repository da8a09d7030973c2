// The composition root moved to app/runtime.ts; this name stays for older imports.
export { checkElasticsearch, openRuntime, type OpenOptions, type Runtime, type RuntimeConfig } from '../app/runtime.ts';
