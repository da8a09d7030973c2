// The version of what the pipeline extracts. Bump it when a change to pipeline/ changes records, so
// `vanthu reprocess --before-version N` can find the records an older pipeline made. Each stored
// record keeps the version that made it.
export const PIPELINE_VERSION = 1;
