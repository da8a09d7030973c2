// The search index on the real Elasticsearch at config().elasticsearch.url (bash dev/services.sh start).
// Each run uses its own index prefix and drops it at the end.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { makeRecord, sha } from './helpers/records.ts';
import type { SearchIndex } from '../../search/contract.ts';
import { createSearchIndex, SearchIndexError } from '../../search/es-index.ts';

const url = config().elasticsearch.url;
const prefix = `vanthu-test-${randomBytes(4).toString('hex')}`;
const probe = createSearchIndex({ url, index: prefix });
const esUp = await probe.ping();
await probe.close();
if (!esUp) console.warn(`[search.test] SKIPPED: Elasticsearch does not answer at ${url} (start it: bash dev/services.sh start)`);

/** The words inside <em>…</em> of highlight fragments, joined by spaces. */
const emphasised = (fragments: string[]) => fragments.flatMap((f) => [...f.matchAll(/<em>(.*?)<\/em>/g)].map((m) => m[1])).join(' ');


const byt = makeRecord('byt-cds', {
  docType: 'Công văn',
  number: '1234/BYT-CNTT',
  issuer: ['BỘ Y TẾ'],
  place: 'Hà Nội',
  issuedDate: '2024-03-15',
  subject: 'Đôn đốc triển khai chuyển đổi số y tế',
  text:
    'BỘ Y TẾ\nSố: 1234/BYT-CNTT\nV/v đôn đốc triển khai chuyển đổi số y tế\nHà Nội, ngày 15 tháng 3 năm 2024\n' +
    'Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n' +
    'Thực hiện Quyết định số 749/QĐ-TTg, Bộ Y tế đề nghị các đơn vị đẩy mạnh chuyển đổi số trong khám bệnh, ' +
    'chữa bệnh và báo cáo kết quả trước ngày 30/4/2024.',
  recipients: ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương'],
  signer: { name: 'Trần Văn Thuấn', title: 'THỨ TRƯỞNG', authority: 'KT. BỘ TRƯỞNG' },
  urgency: 'Khẩn',
  deadlines: [{ date: '2024-04-30', text: 'báo cáo kết quả trước ngày 30/4/2024' }],
  references: [{ number: '749/QĐ-TTg', type: 'Quyết định', date: '2020-06-03' }],
});
const syt = makeRecord('syt-ninhbinh', {
  docType: 'Báo cáo',
  number: '142/BC-SYT',
  issuer: ['UBND TỈNH NINH BÌNH', 'SỞ Y TẾ'],
  place: 'Ninh Bình',
  issuedDate: '2023-04-26',
  subject: 'Tình hình thực hiện cơ chế tự chủ tài chính năm 2023',
  text: 'SỞ Y TẾ\nSố: 142/BC-SYT\nNinh Bình, ngày 26 tháng 4 năm 2023\nBÁO CÁO\nTình hình thực hiện cơ chế tự chủ tài chính năm 2023.',
  signer: { name: 'Nguyễn Văn Thạch', title: 'PHÓ GIÁM ĐỐC', authority: 'KT. GIÁM ĐỐC' },
});
// "mua" (buy) and "mưa" (rain) fold to the same word: the folded-only document says "mua" twice in
// a short subject, so only the diacritics-aware part of the score can put the "mưa" document first.
const muaSam = makeRecord('mua-sam', {
  docType: 'Kế hoạch',
  number: '88/KH-UBND',
  issuer: ['UBND TỈNH QUẢNG NAM'],
  issuedDate: '2024-06-01',
  subject: 'Mua sắm, mua thuốc',
  text: 'Kế hoạch mua sắm, mua thuốc',
  signer: { name: 'Lê Trí Thanh', title: 'CHỦ TỊCH', authority: null },
});
const muaLon = makeRecord('mua-lon', {
  docType: 'Công điện',
  number: '05/CĐ-UBND',
  issuer: ['UBND TỈNH QUẢNG NAM'],
  issuedDate: '2024-10-20',
  subject: 'Chủ động ứng phó mưa lớn kéo dài tại các huyện miền núi phía Tây của tỉnh',
  text: 'Công điện về việc chủ động ứng phó mưa lớn kéo dài tại các huyện miền núi phía Tây của tỉnh',
  signer: { name: 'Lê Trí Thanh', title: 'CHỦ TỊCH', authority: null },
});
// Same number and issuer as `byt`, received as a different file (the Phụ lục VI duplicate warning).
const bytCopy = makeRecord('byt-cds-scan', { ...byt, id: sha('byt-cds-scan'), number: '1234/byt-cntt', textSource: 'ocr' });
const all = [byt, syt, muaSam, muaLon, bytCopy];

describe.skipIf(!esUp)('Elasticsearch search index (real node)', () => {
  let index: SearchIndex;

  beforeAll(async () => {
    index = createSearchIndex({ url, index: prefix });
    await index.migrate();
    await index.indexRecords(all, { refresh: true });
  });

  afterAll(async () => {
    await index?.drop();
    await index?.close();
  });

  it('counts and returns the indexed records whole', async () => {
    expect(await index.count()).toBe(all.length);
    expect(await index.getRecord(byt.id)).toEqual(byt);
    expect(await index.getRecord(sha('unknown'))).toBeNull();
  });

  it('finds "ha noi" without diacritics, with an <em> highlight', async () => {
    const r = await index.search({ q: 'ha noi' });
    expect(r.hits.map((h) => h.id).sort()).toEqual([byt.id, bytCopy.id].sort());
    expect(emphasised(r.hits[0]!.highlight)).toContain('Hà Nội');
  });

  it('finds "chuyen doi so" in the subject, highlighted', async () => {
    const r = await index.search({ q: 'chuyen doi so' });
    expect(r.hits.map((h) => h.id)).toContain(byt.id);
    expect(r.hits.map((h) => h.id)).not.toContain(syt.id);
    const hit = r.hits.find((h) => h.id === byt.id)!;
    expect(hit.subject).toBe(byt.subject);
    expect(hit.issuer).toEqual(['BỘ Y TẾ']);
    expect(hit.number).toBe('1234/BYT-CNTT');
    expect(hit.issuedDate).toBe('2024-03-15');
    expect(hit.score).toBeGreaterThan(0);
    expect(emphasised(hit.highlight)).toContain('chuyển đổi số');
    expect(hit.highlight[0]).toMatch(/^Đôn đốc triển khai <em>/); // the subject comes first, whole
  });

  it('ranks the document with the exact diacritics first', async () => {
    const rain = await index.search({ q: 'mưa' });
    expect(rain.hits.map((h) => h.id)).toEqual([muaLon.id, muaSam.id]);
    const buy = await index.search({ q: 'mua' });
    expect(buy.hits.map((h) => h.id)).toEqual([muaSam.id, muaLon.id]);
  });

  it('sorts by date, newest first, when asked', async () => {
    // muaLon (2024-10-20) is issued after muaSam (2024-06-01) though it ranks below it for "mua".
    expect((await index.search({ q: 'mua', sort: 'date' })).hits.map((h) => h.id)).toEqual([muaLon.id, muaSam.id]);
  });

  it('finds a document by its number and by its signer', async () => {
    expect((await index.search({ q: '142/BC-SYT' })).hits[0]?.id).toBe(syt.id);
    expect((await index.search({ q: 'Nguyen Van Thach' })).hits.map((h) => h.id)).toEqual([syt.id]);
  });

  it('filters on docType, issuer, signer and issued date', async () => {
    const ids = async (q: Parameters<SearchIndex['search']>[0]) => (await index.search(q)).hits.map((h) => h.id).sort();
    expect(await ids({ docType: 'Báo cáo' })).toEqual([syt.id]);
    expect(await ids({ issuer: 'SỞ Y TẾ' })).toEqual([syt.id]);
    expect(await ids({ issuer: 'Sở Y tế' })).toEqual([]); // exact keyword
    expect(await ids({ signer: 'Lê Trí Thanh' })).toEqual([muaSam.id, muaLon.id].sort());
    expect(await ids({ from: '2024-01-01', to: '2024-06-30' })).toEqual([byt.id, bytCopy.id, muaSam.id].sort());
    expect(await ids({ q: 'mua', from: '2024-07-01' })).toEqual([muaLon.id]);
    await expect(index.search({ from: '15/03/2024' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(index.search({ to: '2024-02-30' })).rejects.toThrow(RangeError);
  });

  it('returns facets counted within the current query', async () => {
    const everything = await index.search({});
    expect(everything.total).toBe(all.length);
    expect(everything.facets.docType).toEqual(
      expect.arrayContaining([{ value: 'Công văn', count: 2 }, { value: 'Báo cáo', count: 1 }]),
    );
    expect(everything.facets.issuer).toEqual(
      expect.arrayContaining([{ value: 'BỘ Y TẾ', count: 2 }, { value: 'SỞ Y TẾ', count: 1 }]),
    );
    expect(everything.facets.signer).toEqual(expect.arrayContaining([{ value: 'Lê Trí Thanh', count: 2 }]));
    expect(everything.facets.year).toEqual([{ value: '2024', count: 4 }, { value: '2023', count: 1 }]);

    const rain = await index.search({ q: 'mua' });
    expect(rain.facets.docType.sort((a, b) => a.value.localeCompare(b.value))).toEqual([
      { value: 'Công điện', count: 1 },
      { value: 'Kế hoạch', count: 1 },
    ]);
    expect(rain.facets.issuer).toEqual([{ value: 'UBND TỈNH QUẢNG NAM', count: 2 }]);
    expect(rain.facets.year).toEqual([{ value: '2024', count: 2 }]);
  });

  it('paginates without overlap and caps the page size at 100', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => index.search({ page, size: 2 })));
    expect(pages.map((p) => p.hits.length)).toEqual([2, 2, 1]);
    expect(pages.every((p) => p.total === all.length)).toBe(true);
    const ids = pages.flatMap((p) => p.hits.map((h) => h.id));
    expect(new Set(ids).size).toBe(all.length);
    // Without a query, newest first.
    expect(pages[0]!.hits[0]!.id).toBe(muaLon.id);
    expect((await index.search({ page: 4, size: 2 })).hits).toEqual([]);
    expect((await index.search({ size: 1000 })).hits.length).toBe(all.length);
    await expect(index.search({ page: 200, size: 100 })).rejects.toThrow(RangeError);
  });

  it('finds other documents with the same number and issuer', async () => {
    expect(await index.findSameNumber('1234/BYT-CNTT', ['BỘ Y TẾ'], byt.id)).toEqual([bytCopy.id]);
    expect(await index.findSameNumber('1234/BYT-CNTT', ['Bộ Y tế'], bytCopy.id)).toEqual([byt.id]);
    expect(await index.findSameNumber('1234/BYT-CNTT', ['SỞ Y TẾ'], byt.id)).toEqual([]);
    expect(await index.findSameNumber('142/BC-SYT', ['UBND TỈNH NINH BÌNH', 'SỞ Y TẾ'], syt.id)).toEqual([]);
    expect((await index.findSameNumber('142/BC-SYT', ['SỞ Y TẾ'], sha('new upload')))).toEqual([syt.id]);
  });

  it('reports per-item failures clearly and as not transient', async () => {
    const bad = makeRecord('bad-date', { issuedDate: '2024-02-30' }); // passes the schema, not the date mapping
    const err = await index.indexRecords([bad], { refresh: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SearchIndexError);
    expect((err as SearchIndexError).status).toBe(400);
    expect((err as SearchIndexError).transient).toBe(false);
    expect((err as SearchIndexError).failures[0]?.id).toBe(bad.id);
    expect((err as Error).message).toMatch(/1 of 1 record\(s\) failed/);
    expect(await index.count()).toBe(all.length);
  });

  it('throws a transient error when Elasticsearch is unreachable', async () => {
    const dead = createSearchIndex({ url: 'http://127.0.0.1:9', index: prefix });
    try {
      expect(await dead.ping()).toBe(false);
      const err = await dead.indexRecords([byt]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SearchIndexError);
      expect((err as SearchIndexError).transient).toBe(true);
      expect((err as SearchIndexError).status).toBeNull();
    } finally {
      await dead.close();
    }
  });

  it('migrate twice is harmless', async () => {
    await index.migrate();
    await Promise.all([index.migrate(), index.migrate()]);
    expect(await index.count()).toBe(all.length);
    expect((await index.search({ q: 'ha noi' })).total).toBe(2);
  });

  it('drop, then migrate, leaves an empty index', async () => {
    await index.drop();
    expect(await index.count()).toBe(0);
    expect((await index.search({ q: 'ha noi' })).total).toBe(0);
    await index.migrate();
    expect(await index.count()).toBe(0);
    await index.indexRecords([syt], { refresh: true });
    expect(await index.count()).toBe(1);
  });
});

// Ranking as people read it, on an index of its own. The Quảng Ngãi letter has every folded word of
// "ha noi" apart ("hạ", "Sở Nội vụ", "Nơi nhận"), many times and in its subject; the Hà Nội letter
// names the city once in its header. A phrase match must still rank first.
const quangNgai = makeRecord('rank-quang-ngai', {
  docType: 'Công văn',
  number: '310/SNV-TCBC',
  issuer: ['UBND TỈNH QUẢNG NGÃI', 'SỞ NỘI VỤ'],
  place: 'Quảng Ngãi',
  issuedDate: '2024-05-02',
  subject: 'Nội vụ: hạ mức phụ cấp, hạ bậc theo nội quy',
  text:
    'SỞ NỘI VỤ\nQuảng Ngãi, ngày 02 tháng 5 năm 2024\nV/v Nội vụ: hạ mức phụ cấp, hạ bậc theo nội quy\n' +
    'Sở Nội vụ đề nghị các đơn vị hạ mức phụ cấp theo nội quy; Sở Nội vụ tổng hợp.\nNơi nhận: Như trên; Lưu: VT, Nội vụ.',
  signer: { name: 'Phạm Văn Hạ', title: 'GIÁM ĐỐC', authority: null },
});
const haNoi = makeRecord('rank-ha-noi', {
  docType: 'Kế hoạch',
  number: '77/KH-UBND',
  issuer: ['ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI'],
  place: 'Hà Nội',
  issuedDate: '2023-11-20',
  subject: 'Tuyển dụng công chức cấp xã năm 2024',
  text:
    'ỦY BAN NHÂN DÂN THÀNH PHỐ\nHà Nội, ngày 20 tháng 11 năm 2023\nKẾ HOẠCH\nTuyển dụng công chức cấp xã năm 2024.\n' +
    'Căn cứ Luật Cán bộ, công chức; căn cứ nhu cầu của các phường, xã, Ủy ban nhân dân thành phố ban hành kế hoạch tuyển dụng '.repeat(6),
});
// The same city written without its diacritics (an OCR layer that lost them): a phrase, but not as typed.
const haNoiFlat = makeRecord('rank-ha-noi-flat', {
  docType: 'Thông báo',
  number: '12/TB-VP',
  issuer: ['VĂN PHÒNG'],
  place: null,
  issuedDate: '2022-01-10',
  subject: 'Lịch làm việc tại Ha Noi',
  text: 'VAN PHONG\nLịch làm việc tại Ha Noi tuần tới.',
  textSource: 'ocr',
});
const ranked = [quangNgai, haNoi, haNoiFlat];

describe.skipIf(!esUp)('search ranking as people expect (real node)', () => {
  let index: SearchIndex;
  const ids = async (q: Parameters<SearchIndex['search']>[0]) => (await index.search(q)).hits.map((h) => h.id);

  beforeAll(async () => {
    index = createSearchIndex({ url, index: `${prefix}-rank` });
    await index.migrate();
    await index.indexRecords(ranked, { refresh: true });
  });

  afterAll(async () => {
    await index?.drop();
    await index?.close();
  });

  it('"ha noi" ranks the letters naming Hà Nội above the one with the words apart', async () => {
    const hits = await ids({ q: 'ha noi' });
    expect(hits).toHaveLength(3);
    expect(hits.indexOf(quangNgai.id)).toBe(2);
    expect(hits.slice(0, 2).sort()).toEqual([haNoi.id, haNoiFlat.id].sort());
  });

  it('"Hà Nội" with its diacritics ranks the letter written so first', async () => {
    expect(await ids({ q: 'Hà Nội' })).toEqual([haNoi.id, haNoiFlat.id, quangNgai.id]);
  });

  it('a quoted phrase must occur as a phrase, and may sit beside loose words', async () => {
    expect((await ids({ q: '"ha noi"' })).sort()).toEqual([haNoi.id, haNoiFlat.id].sort());
    expect(await ids({ q: '“Hà Nội” tuyen dung' })).toEqual([haNoi.id]);
    expect(await ids({ q: '"so noi vu" phu cap' })).toEqual([quangNgai.id]);
    expect(await ids({ q: '"ha noi vu"' })).toEqual([]); // every word in one letter, never in this order
    // A stray quote is not a phrase: the words are still found apart.
    expect(await ids({ q: 'ha noi"' })).toHaveLength(3);
  });

  it('an empty query lists newest first, whatever sort is asked', async () => {
    const newest = [quangNgai.id, haNoi.id, haNoiFlat.id];
    expect(await ids({})).toEqual(newest);
    expect(await ids({ q: '', sort: 'relevance' })).toEqual(newest);
    expect(await ids({ q: '   ', sort: 'relevance' })).toEqual(newest);
    expect(await ids({ q: '""', sort: 'relevance' })).toEqual(newest);
  });
});
