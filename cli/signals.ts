// SIGINT/SIGTERM: the first one runs a graceful stop, a second one exits at once.

export function onSignals(stop: (signal: NodeJS.Signals) => Promise<void>): () => void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`vanthu: ${signal} again: exiting now\n`);
      process.exit(130);
    }
    stopping = true;
    stop(signal).catch((error: unknown) => {
      process.stderr.write(`vanthu: error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
