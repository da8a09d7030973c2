// What re-tracking a batch decides (tracking/sync-plan.ts), without Elasticsearch: the letters
// touched, copies of an original left out (Nghị định 30/2020, Phụ lục VI), fulfilment by a report
// citing the letter, and the stored obligations a letter no longer has.
import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../schemas/obligation.ts';
import { citedNumbers, lettersToTrack, lettersTouched, originalsAmong, staleIds, trackLetters } from '../../tracking/sync-plan.ts';
import { makeRecord, sha } from '../integration/helpers/records.ts';

const obligation = (assignee: string): Obligation => ({ text: `${assignee} báo cáo trước ngày 30/6/2024`, action: 'báo cáo', assignees: [assignee], due: '2024-06-30', recurrence: null, reportTo: null, evidence: null });
const letter = makeRecord('letter', { number: '2150/BYT-KHTC', issuer: ['BỘ Y TẾ'], issuedDate: '2024-04-08', obligations: [obligation('Sở Y tế Ninh Bình')] });
const copy = makeRecord('copy', { number: '2150/BYT-KHTC', issuer: ['BỘ Y TẾ'], issuedDate: '2024-04-08', obligations: letter.obligations, warnings: [`possible duplicate of ${letter.id}`] });
const report = makeRecord('report', { docType: 'Báo cáo', number: '142/BC-SYT', issuer: ['SỞ Y TẾ NINH BÌNH'], issuedDate: '2024-06-20', references: [{ number: '2150/BYT-KHTC', type: 'Công văn', date: null }] });

describe('sync plan', () => {
  it('touches the batch and the letters it cites, each once', () => {
    expect(citedNumbers([report, report])).toEqual(['2150/BYT-KHTC']);
    expect(lettersTouched([report, letter], [letter]).map((l) => l.id)).toEqual([report.id, letter.id]);
  });

  it('leaves out a copy of an original, keeps every copy when none is an original', () => {
    const originals = originalsAmong([{ id: letter.id, warnings: [] }]);
    expect(lettersToTrack([letter, copy, report], originals).map((l) => l.id)).toEqual([letter.id]);
    const flaggedToo = originalsAmong([{ id: letter.id, warnings: [`possible duplicate of ${copy.id}`] }]);
    expect(lettersToTrack([letter, copy], flaggedToo).map((l) => l.id)).toEqual([letter.id, copy.id]);
  });

  it('tracks fulfilment by a report citing the letter, and lists what is no longer tracked', () => {
    const [tracked] = trackLetters([letter], [report], '2024-07-01');
    expect(tracked).toMatchObject({ documentId: letter.id, status: 'fulfilled', fulfilled: true, firstDue: '2024-06-30', dueDates: ['2024-06-30'] });
    expect(tracked!.fulfilments.map((f) => f.number)).toEqual(['142/BC-SYT']);
    expect(trackLetters([letter], [], '2024-07-01')[0]).toMatchObject({ status: 'overdue', fulfilled: false });
    expect(staleIds([`${letter.id}-0`, `${letter.id}-1`], [tracked!])).toEqual([`${letter.id}-1`]);
    expect(sha('letter')).toBe(letter.id);
  });
});
