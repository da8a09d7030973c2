// The peers and scaling tables, and the closing table of issue #13's goals: each figure beside
// its peer or limit, met or missed.
import type { PeerSet } from './peers.ts';
import type { Results } from './report.ts';
import { table, verdict } from './report.ts';
import { OCR_GOAL, OVERHEAD_GOAL } from './report-extraction.ts';
import { BULK_TARGET_PER_SECOND, SEARCH_P95_TARGET_MS } from './report-services.ts';
import { SCALE_GOAL, type ScalePoint } from './scaling.ts';
import { median, round } from './stats.ts';

export const SPEEDUP_GOAL = 3;
export const BUSY_GOAL = 0.85;
export const RSS_GOAL_MIB = 600;
export const QUICK_GOAL_S = 180;

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function printPeers(sets: PeerSet[]): void {
  console.log('\nFiles → searchable: `vanthu ingest DIR` vs FSCrawler 2.7 (Tika 1.27, one crawl thread), whole processes, same folder');
  const rows = [['set', 'files', 'vanthu s', 'FSCrawler s', 'speed-up', `goal ≥ ${SPEEDUP_GOAL}×`, 'cores busy', 'vanthu CPU s', 'peak RSS MiB']];
  for (const s of sets) {
    const v = s.vanthu;
    rows.push([
      s.name,
      String(s.files),
      v.map((r) => r.wallS.toFixed(1)).join(' '),
      s.fscrawler.map((r) => r.wallS.toFixed(1)).join(' '),
      s.speedup === null ? '-' : `${s.speedup.toFixed(2)}×`,
      s.speedup === null ? '' : verdict(s.speedup >= SPEEDUP_GOAL),
      pct(median(v.map((r) => r.machineBusy))),
      median(v.map((r) => r.cpuS)).toFixed(1),
      String(Math.max(...v.map((r) => r.maxRssMiB))),
    ]);
  }
  console.log(table(rows));
  console.log('where vanthu\'s wall time goes (last run of each set):');
  const b = [['set', 'start-up s', 'extracting s', 'extract threads busy', 'index tail s', 'index jobs s (serial)', 'index wait p50 ms', 'exit s']];
  for (const s of sets) {
    const x = s.vanthu.at(-1)?.breakdown;
    if (x) b.push([s.name, x.startupS.toFixed(1), x.extractSpanS.toFixed(1), pct(x.extractOccupancy), x.indexTailS.toFixed(1), x.indexSerialS.toFixed(1), String(x.handoffP50Ms), x.exitS.toFixed(1)]);
  }
  console.log(table(b));
}

export function printScaling(points: ScalePoint[]): void {
  console.log('\nScaling: N worker processes, each pinned to its own core (taskset), 1 extract thread + 1 OCR worker each, OCR-heavy input');
  const rows = [['processes', 'docs', 'wall s', 'docs/s', 'vs N × one', `goal ≥ ${SCALE_GOAL}`, 'RSS idle → peak MiB']];
  for (const p of points) {
    rows.push([String(p.processes), String(p.documents), p.wallS.toFixed(1), p.documentsPerSecond.toFixed(3), p.efficiency.toFixed(2), p.processes > 1 ? verdict(p.efficiency >= SCALE_GOAL) : '', p.peakRssMiB.map((m, i) => `${(p.readyRssMiB?.[i] ?? NaN).toFixed(0)} → ${m.toFixed(0)}`).join(', ')]);
  }
  console.log(table(rows));
}

type Row = [goal: string, figure: string, limit: string, met: boolean | null];

export function goalRows(r: Results, totalS: number): Row[] {
  const rows: Row[] = [];
  for (const s of r.peers ?? []) {
    const v = median(s.vanthu.map((x) => x.wallS));
    const f = median(s.fscrawler.map((x) => x.wallS));
    rows.push([`1. files → searchable, ${s.name}`, `vanthu ${v.toFixed(1)} s = ${s.speedup?.toFixed(2)}× FSCrawler`, `FSCrawler ${f.toFixed(1)} s; ≥ ${SPEEDUP_GOAL}×`, s.speedup !== null && s.speedup >= SPEEDUP_GOAL]);
  }
  const bulk = r.peers?.[0]?.vanthu;
  if (bulk?.length) {
    const busy = median(bulk.map((x) => x.machineBusy));
    rows.push(['1. cores busy during a bulk ingest', `${pct(busy)} (vanthu's own CPU ${pct(median(bulk.map((x) => x.ownBusy)))})`, `≥ ${pct(BUSY_GOAL)}`, busy >= BUSY_GOAL]);
  }
  const rss = [...(r.endToEnd?.runs.flatMap((x) => x.peakRssMiB) ?? []), ...(r.scaling?.flatMap((p) => p.peakRssMiB) ?? [])];
  if (rss.length) rows.push(['2. worker process RSS, OCR loaded', `${Math.max(...rss).toFixed(0)} MiB (peak of ${rss.length} processes)`, `≤ ${RSS_GOAL_MIB} MiB`, Math.max(...rss) <= RSS_GOAL_MIB]);
  const two = r.scaling?.find((p) => p.processes === 2);
  if (two) rows.push(['3. 2 pinned processes vs 2 × one', `${two.efficiency.toFixed(2)}× (${r.scaling![0]!.documentsPerSecond} → ${two.documentsPerSecond} docs/s)`, `≥ ${SCALE_GOAL}`, two.efficiency >= SCALE_GOAL]);
  const o = r.extraction?.ocr;
  const cli = o?.nativeSameModel?.pagesPerSecond;
  if (o && cli) {
    const js = (o.tesseractJs?.pagesPerSecond ?? NaN) / cli;
    const nat = (o.nativeEngine?.pagesPerSecond ?? NaN) / cli;
    rows.push(['4. OCR default engine (tesseract.js) vs CLI', `${round(js, 2)}×`, `CLI ${cli.toFixed(3)} pages/s, same model; ≥ ${OCR_GOAL.default}×`, js >= OCR_GOAL.default]);
    rows.push(['4. OCR native engine vs CLI', `${round(nat, 2)}×`, `≥ ${OCR_GOAL.native}×`, nat >= OCR_GOAL.native]);
  }
  for (const t of r.extraction?.text ?? []) {
    rows.push([`4. ${t.format === 'pdf' ? 'text PDF' : 'DOCX'} extraction overhead`, `${round(t.overhead, 2)}×`, `raw ${t.format === 'pdf' ? 'pdf.js' : 'mammoth'}; ≤ ${OVERHEAD_GOAL}×`, t.overhead <= OVERHEAD_GOAL]);
  }
  const es = r.elasticsearch;
  if (es) {
    const raw = es.rawBulkRecordsPerSecond ? `ES alone ${es.rawBulkRecordsPerSecond}/s; ` : '';
    rows.push(['5. Elasticsearch bulk', `${es.bulkRecordsPerSecond} records/s`, `${raw}≥ ${BULK_TARGET_PER_SECOND}`, es.bulkRecordsPerSecond >= BULK_TARGET_PER_SECOND]);
    const at = es.sizes.filter((s) => s.records <= 100_000).at(-1);
    const plain = at?.latencies.find((l) => l.query === 'plain');
    if (at && plain) rows.push([`5. plain query p95 at ${at.records} records`, `${plain.p95Ms} ms`, `≤ ${SEARCH_P95_TARGET_MS} ms at 100k`, plain.p95Ms <= SEARCH_P95_TARGET_MS]);
  }
  if (r.quick) rows.push(['7. --quick wall time', `${Math.round(totalS)} s`, `≤ ${QUICK_GOAL_S} s`, totalS <= QUICK_GOAL_S]);
  return rows;
}

export function printGoals(r: Results, totalS: number): void {
  const rows = goalRows(r, totalS);
  console.log(`\nGoals of issue #13${r.quick ? ' (--quick: smoke sizes, not the figures of record)' : ''}`);
  console.log(table([['goal', 'figure', 'peer / limit', 'met?'], ...rows.map(([g, f, l, m]) => [g, f, l, m === null ? '-' : m ? 'met' : 'MISSED'])], true));
}
