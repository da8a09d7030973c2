// The agency and place gazetteer: public API. See docs/ARCHITECTURE.md ("Agency gazetteer").
export { matchAgency, groupHeaderLines, type HeaderMatch } from './agency.ts';
export { matchAgencyLine } from './agency-line.ts';
export { matchPlace, type PlaceMatch } from './place.ts';
export type { AgencyMatch, Repair } from './result.ts';
export type { ProvinceRef } from './build.ts';
export type { AgencyKind } from './data/types.ts';
export { repairAgencyLine, agencyKey, isAgencyHead, findProvince, gazetteerCounts } from './api.ts';
