// Issue #4 end to end on the real Redis and Elasticsearch: a requesting letter (công văn
// 2150/BYT-KHTC, a sample the project writes) and a report answering it (báo cáo 142/BC-SYT of Sở
// Y tế Ninh Bình, citing it) go through the queues; the letter's obligations are tracked in their
// own index, and the assignee that answered moves from open to fulfilled while the others stay
// open. The API lists them with counts, and the ICS feed parses back with ical.js.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, runtimeApiDeps } from '../../api/server.ts';
import type { TrackedObligation } from '../../schemas/obligation.ts';
import { silentLogger } from '../../workers/logger.ts';
import type { RunningWorkers } from '../../workers/start.ts';
import { waitForDocuments } from '../../workers/progress.ts';
import { createTestAuth, type TestAuth } from './helpers/auth.ts';
import { runCli } from './helpers/cli.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { readSamples } from './helpers/samples.ts';
import { ensureServices } from './helpers/services.ts';

const SO_Y_TE = 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương';
let env: QueueTestEnv;
let workers: RunningWorkers;
let auth: TestAuth;

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('obligations');
  workers = await env.rt.startWorkers();
  auth = await createTestAuth(env.rt.users);
}, 300_000);

afterAll(async () => {
  await workers?.close();
  await auth?.cleanup();
  await env?.cleanup();
}, 120_000);

async function ingestAndWait(name: string): Promise<string> {
  const [file] = await env.rt.ingest(await readSamples([name]));
  const states = await waitForDocuments(env.rt.records, [file!.id], { timeoutMs: 120_000 });
  expect(states.get(file!.id)?.state).toBe('indexed');
  return file!.id;
}

const ofLetter = async (documentId: string): Promise<TrackedObligation[]> =>
  (await env.rt.searchIndex.searchObligations({ documentId, size: 50 })).items.sort((a, b) => a.ordinal - b.ordinal);

describe('obligations through the queues and the index', () => {
  let letterId = '';
  let reportId = '';

  it('tracks the letter\'s obligations, all open for every assignee', async () => {
    letterId = await ingestAndWait('congvan-byt-2150-khtc.pdf');
    const items = await ofLetter(letterId);
    expect(items.map((o) => o.due)).toEqual(['2024-04-30', '2024-05-15', null, null]);
    expect(items[3]!.recurrence).toMatchObject({ frequencies: ['quarterly'], dayOfMonth: 10, monthsAfterPeriod: 1 });
    for (const o of items) {
      expect(o.assignees).toContain(SO_Y_TE);
      expect(o.openAssignees).toEqual(o.assignees);
      expect(o.fulfilments).toEqual([]);
      expect(o.status).not.toBe('fulfilled');
    }
  }, 180_000);

  it('marks the answering unit\'s share fulfilled when its report arrives, linked both ways', async () => {
    reportId = await ingestAndWait('baocao-syt-ninhbinh-142.pdf');
    const items = await ofLetter(letterId);
    for (const o of items) {
      expect(o.fulfilments).toEqual([{ assignee: SO_Y_TE, unit: 'SỞ Y TẾ TỈNH NINH BÌNH', documentId: reportId, number: '142/BC-SYT', issuedDate: '2024-04-26' }]);
      expect(o.openAssignees).not.toContain(SO_Y_TE);
      // The other assignees have not answered: partial, so the obligation itself is not done.
      expect(o.openAssignees.length).toBe(o.assignees.length - 1);
      expect(o.status).not.toBe('fulfilled');
    }
    // The other way: the report is found among the documents citing the letter.
    const citing = await env.rt.searchIndex.search({ reference: '2150/BYT-KHTC' });
    expect(citing.hits.map((h) => h.id)).toEqual([reportId]);
  }, 180_000);

  it('keeps the obligations in step when the letter is indexed again', async () => {
    const letter = (await env.rt.store.getRecord(letterId))!;
    await env.rt.searchIndex.indexRecords([letter], { refresh: true });
    const items = await ofLetter(letterId);
    expect(items).toHaveLength(4);
    expect(items.every((o) => o.fulfilments.length === 1)).toBe(true);
  }, 60_000);

  it('tracks a copy of the letter (same number and issuer) and of the report only once', async () => {
    const letterCopy = await ingestAndWait('congvan-byt-2150-khtc.docx');
    await ingestAndWait('baocao-syt-ninhbinh-142.docx');
    expect((await env.rt.store.getRecord(letterCopy))!.warnings).toContain(`possible duplicate of ${letterId}`);
    expect(await ofLetter(letterCopy)).toEqual([]);
    const items = await ofLetter(letterId);
    expect(items).toHaveLength(4);
    for (const o of items) expect(o.fulfilments.map((f) => f.number)).toEqual(['142/BC-SYT']);
  }, 180_000);

  it('lists them over the API with counts and filters, and serves a valid ICS feed', async () => {
    const app = await buildServer(runtimeApiDeps(env.rt, { logger: silentLogger(), users: auth.users }));
    try {
      const all = await app.inject({ url: '/obligations?assignee=so y te', headers: auth.as('analyst') });
      expect(all.statusCode).toBe(200);
      const body = all.json();
      expect(body.total).toBe(4);
      expect(body.counts.open + body.counts.overdue + body.counts.fulfilled).toBe(4);
      const due = await app.inject({ url: '/obligations?dueFrom=2024-05-01&dueTo=2024-05-31', headers: auth.as('analyst') });
      expect(due.json().items.map((o: TrackedObligation) => o.due)).toEqual(['2024-05-15']);
      expect((await app.inject({ url: '/obligations?dueFrom=2024-13-01', headers: auth.as('analyst') })).statusCode).toBe(400);
      expect((await app.inject({ url: '/obligations' })).statusCode).toBe(401);

      const ics = await app.inject({ url: `/obligations.ics?key=${auth.keys.analyst}` });
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(ics.body));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.startDate.toString()).sort()).toEqual(['2024-04-10', '2024-04-30', '2024-05-15']);
      const recurring = events.find((e) => e.isRecurring())!;
      expect(recurring.component.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10');
      // Issued 8/4/2024: the first quarterly report (for Q1) is due 10/4, then every quarter.
      const it = recurring.iterator();
      expect([it.next(), it.next(), it.next()].map((t) => t!.toString())).toEqual(['2024-04-10', '2024-07-10', '2024-10-10']);
    } finally {
      await app.close();
    }
  }, 60_000);

  it('lists them with `vanthu obligations --due-before`', async () => {
    const json = await runCli(['obligations', '--due-before', '2024-05-01', '--json'], env.childEnv);
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    // The one-off of 30/4 and the quarterly report first due 10/4; not the one of 15/5.
    expect(result.items.map((o: TrackedObligation) => o.due ?? o.recurrence?.frequencies.join())).toEqual(['quarterly', '2024-04-30']);
    const text = await runCli(['obligations', '--assignee', 'so y te', '--status', 'fulfilled'], env.childEnv);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^0 obligation\(s\)/);
    const bad = await runCli(['obligations', '--due-before', '2024-02-30'], env.childEnv);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/not a real calendar date/);
  }, 60_000);
});
