// Entry of an extract worker thread. Node 20 threads do not inherit the tsx loader of the main
// thread (nor honour `--import tsx` in Worker execArgv), so the thread registers it itself.
import { register } from 'tsx/esm/api';

register();
await import('./extract-thread.ts');
