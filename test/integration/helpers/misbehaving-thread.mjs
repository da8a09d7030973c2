// An extract thread that misbehaves on request, for the pool's tests: a file named `exit-*` ends
// its thread, `oom-*` exhausts the thread's heap, `throw-*` throws out of the task function; any
// other file goes through the real extract thread.
import { register } from 'tsx/esm/api';

register();
const { default: extract } = await import('../../../workers/extract-thread.ts');

export default async function misbehave(request) {
  if (request.name.startsWith('exit-')) process.exit(7);
  if (request.name.startsWith('oom-')) {
    const hoard = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  if (request.name.startsWith('throw-')) throw new Error(`thrown while reading ${request.name}`);
  return extract(request);
}
