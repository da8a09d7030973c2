// Entry of an extract worker thread (piscina's `filename`). Node 20 threads do not inherit the tsx
// loader of the main thread (nor honour `--import tsx` in Worker execArgv), so the thread registers it.
import { register } from 'tsx/esm/api';

register();
const { default: extract } = await import('./extract-thread.ts');
export default extract;
