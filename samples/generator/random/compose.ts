// Composes a random, labelled Letter from the pools: type, agency, number, subject, recipients,
// body with citations and deadlines, "Nơi nhận" and signer. Same seed, same letter.
import { addDays, parseIso, slashDate, weekdayName, wordsDate, workday } from '../dates.ts';
import { DEFAULT_STYLE, type DocType, type Letter, type Paragraph, heading, item, p } from '../model.ts';
import type { Rng } from '../rng.ts';
import { type Agency, type AgencyKind, makeAgency, makeSigner } from './agencies.ts';
import { TOPICS, type Topic, actions, capitalise, citation, context, datedDeadline, recurringDeadline } from './phrases.ts';

const TYPES: [DocType, number, AgencyKind[]][] = [
  ['Công văn', 35, ['byt', 'cuc', 'syt', 'cdc', 'bv', 'ubnd-tinh', 'ubnd-huyen']],
  ['Quyết định', 12, ['byt', 'syt', 'cdc', 'bv', 'ubnd-tinh', 'ubnd-huyen']],
  ['Kế hoạch', 12, ['syt', 'cdc', 'bv', 'ubnd-tinh', 'ubnd-huyen']],
  ['Thông báo', 10, ['syt', 'bv', 'ubnd-tinh', 'ubnd-huyen']],
  ['Báo cáo', 10, ['syt', 'cdc', 'bv', 'ubnd-huyen']],
  ['Tờ trình', 8, ['syt', 'cdc', 'bv', 'ubnd-huyen']],
  ['Giấy mời', 8, ['syt', 'cdc', 'bv', 'cuc']],
  ['Công điện', 5, ['byt', 'ubnd-tinh']],
];

const ABBR: Record<DocType, string> = {
  'Công văn': '', 'Quyết định': 'QĐ', 'Kế hoạch': 'KH', 'Thông báo': 'TB', 'Báo cáo': 'BC',
  'Tờ trình': 'TTr', 'Giấy mời': 'GM', 'Công điện': 'CĐ',
};

const SLUG: Record<DocType, string> = {
  'Công văn': 'congvan', 'Quyết định': 'quyetdinh', 'Kế hoạch': 'kehoach', 'Thông báo': 'thongbao',
  'Báo cáo': 'baocao', 'Tờ trình': 'totrinh', 'Giấy mời': 'giaymoi', 'Công điện': 'congdien',
};

function pickType(rng: Rng): [DocType, AgencyKind[]] {
  const total = TYPES.reduce((s, t) => s + t[1], 0);
  let r = rng.next() * total;
  for (const [type, w, kinds] of TYPES) {
    r -= w;
    if (r < 0) return [type, kinds];
  }
  const last = TYPES[0] as (typeof TYPES)[number];
  return [last[0], last[2]];
}

function issueDate(rng: Rng): string {
  return workday(addDays('2022-01-03', rng.int(0, 1270)));
}

function numberOf(rng: Rng, type: DocType, a: Agency): string {
  const n = rng.int(1, type === 'Công văn' ? 3200 : 680);
  if (type === 'Công văn') return `${n}/${a.symbol}-${rng.pick(a.units)}`;
  return `${n}/${ABBR[type]}-${a.symbol}`;
}

function superior(a: Agency): string {
  const prov = a.province?.name ?? '';
  if (a.kind === 'syt') return `Ủy ban nhân dân tỉnh ${prov}`;
  if (a.kind === 'ubnd-huyen') return `Ủy ban nhân dân tỉnh ${prov}`;
  if (a.kind === 'ubnd-tinh' || a.kind === 'byt' || a.kind === 'cuc') return 'Bộ Y tế';
  return `Sở Y tế tỉnh ${prov}`;
}

function leader(a: Agency): string {
  if (a.kind === 'ubnd-tinh') return 'Chủ tịch Ủy ban nhân dân tỉnh';
  if (a.kind === 'ubnd-huyen') return 'Chủ tịch Ủy ban nhân dân huyện';
  if (a.kind === 'bv') return 'Giám đốc Bệnh viện';
  return 'Giám đốc Sở Y tế';
}

/** The line under a quyết định's title: who decides. */
function decider(a: Agency): string {
  const agencyLine = (a.issuer[a.issuer.length - 1] ?? '').replace(/\n/g, ' ');
  if (a.kind === 'byt') return 'BỘ TRƯỞNG BỘ Y TẾ';
  if (a.kind === 'ubnd-tinh' || a.kind === 'ubnd-huyen') return `CHỦ TỊCH ${agencyLine}`;
  if (a.kind === 'cuc') return `CỤC TRƯỞNG ${agencyLine}`;
  if (a.kind === 'syt') return 'GIÁM ĐỐC SỞ Y TẾ';
  return `GIÁM ĐỐC ${agencyLine}`;
}

/** Who a quyết định charges with carrying it out. */
function executor(a: Agency): string {
  if (a.kind === 'ubnd-tinh') return 'Sở Y tế';
  if (a.kind === 'ubnd-huyen') return 'Phòng Y tế huyện';
  if (a.kind === 'byt') return 'Cục Y tế dự phòng';
  if (a.kind === 'bv') return 'Phòng Kế hoạch tổng hợp';
  return 'Phòng Nghiệp vụ Y';
}

function proposer(a: Agency): string {
  if (a.kind === 'ubnd-tinh') return 'Giám đốc Sở Y tế';
  if (a.kind === 'ubnd-huyen') return 'Trưởng phòng Y tế huyện';
  if (a.kind === 'byt') return 'Cục trưởng Cục Y tế dự phòng';
  if (a.kind === 'bv') return 'Trưởng phòng Kế hoạch tổng hợp';
  return 'Trưởng phòng Nghiệp vụ Y';
}

function subordinates(rng: Rng, a: Agency): string[] {
  const pools: Record<AgencyKind, string[]> = {
    byt: ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Các bệnh viện trực thuộc Bộ Y tế', 'Y tế các Bộ, ngành', 'Các Viện Vệ sinh dịch tễ, Viện Pasteur'],
    cuc: ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Các bệnh viện trực thuộc Bộ Y tế', 'Bệnh viện các trường đại học'],
    syt: ['Các bệnh viện tuyến tỉnh', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'Trung tâm Y tế các huyện, thị xã, thành phố', 'Phòng Y tế các huyện, thị xã, thành phố'],
    cdc: ['Trung tâm Y tế các huyện, thị xã, thành phố', 'Các khoa, phòng thuộc Trung tâm'],
    bv: ['Các khoa, phòng trong Bệnh viện', 'Trung tâm Y tế các huyện trong khu vực'],
    'ubnd-tinh': ['Sở Y tế', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Thông tin và Truyền thông', 'UBND các huyện, thị xã, thành phố'],
    'ubnd-huyen': ['Phòng Y tế huyện', 'Trung tâm Y tế huyện', 'Phòng Giáo dục và Đào tạo huyện', 'UBND các xã, thị trấn'],
  };
  return rng.sample(pools[a.kind], rng.int(1, 3));
}

function subjectOf(rng: Rng, type: DocType, a: Agency, t: Topic, y: number): { prefix: string; subject: string } {
  switch (type) {
    case 'Công văn':
      return { prefix: 'V/v', subject: rng.pick([`tăng cường công tác ${t.name}`, `triển khai công tác ${t.name} năm ${y}`, `đôn đốc thực hiện công tác ${t.name}`]) };
    case 'Quyết định': {
      const s = rng.pick([`ban hành Kế hoạch ${t.name} năm ${y}`, `thành lập Tổ công tác ${t.name}`]);
      return rng.chance(0.5) ? { prefix: 'Về việc', subject: s } : { prefix: '', subject: capitalise(s) };
    }
    case 'Kế hoạch':
      return { prefix: '', subject: capitalise(`triển khai công tác ${t.name} năm ${y}`) };
    case 'Thông báo':
      return { prefix: '', subject: `Kết luận của ${leader(a)} tại cuộc họp về công tác ${t.name}` };
    case 'Báo cáo':
      return { prefix: '', subject: `Kết quả thực hiện công tác ${t.name} ${rng.pick([`6 tháng đầu năm ${y}`, `năm ${y - 1}`, `quý I năm ${y}`])}` };
    case 'Tờ trình':
      return { prefix: 'Về việc', subject: `đề nghị phê duyệt kinh phí thực hiện công tác ${t.name} năm ${y}` };
    case 'Giấy mời':
      return { prefix: '', subject: rng.pick([`Dự họp triển khai công tác ${t.name}`, `Dự Hội nghị sơ kết công tác ${t.name}`]) };
    case 'Công điện':
      return { prefix: 'Về việc', subject: `tăng cường công tác ${t.name}` };
  }
}

/** Numbered tasks, some with a dated or recurring time limit. */
function tasks(rng: Rng, a: Agency, t: Topic, issued: string, n: number, labels = ['1.', '2.', '3.', '4.', '5.']): Paragraph[] {
  const out: Paragraph[] = [];
  const acts = actions(rng, t, n);
  for (let i = 0; i < acts.length; i++) {
    const act = acts[i] as string;
    const r = rng.next();
    if (r < 0.45) {
      const d = datedDeadline(rng, issued, a);
      out.push(item(labels[i] ?? '-', `${act}, ${d.phrase}.`, { deadlines: [{ date: d.date }] }));
    } else if (r < 0.6) {
      const d = recurringDeadline(rng, a);
      out.push(item(labels[i] ?? '-', `${act}; ${d.phrase}.`, { deadlines: [{ date: null }] }));
    } else {
      out.push(item(labels[i] ?? '-', `${act}.`));
    }
  }
  return out;
}

function bodyOf(rng: Rng, type: DocType, a: Agency, t: Topic, issued: string, subject: string): Paragraph[] {
  const c1 = citation(rng, issued, a);
  const c2 = citation(rng, issued, a);
  const cites = rng.chance(0.5) ? `${c1.text}; ${c2.text}` : c1.text;
  const close = p('Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.');
  // About one letter in three gets a longer account of the situation, so some run to 2-3 pages.
  const ctx = rng.chance(0.35) ? context(rng, t, rng.int(2, 6)).map((s) => p(s)) : [];
  switch (type) {
    case 'Công văn':
    case 'Công điện':
      return [...ctx, p(`Thực hiện ${cites}, ${a.self} đề nghị các đơn vị triển khai một số nội dung sau:`), ...tasks(rng, a, t, issued, rng.int(2, 5)), close];
    case 'Quyết định': {
      const d = datedDeadline(rng, issued, a);
      return [
        p(`Căn cứ ${c1.text};`),
        p(`Căn cứ ${c2.text};`),
        p(`Theo đề nghị của ${proposer(a)}.`),
        { runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center', spaceBefore: 10 },
        item('Điều 1.', `${capitalise(subject.replace(/^ban hành /i, 'ban hành kèm theo Quyết định này '))}.`, { labelBold: true }),
        item('Điều 2.', `Giao ${executor(a)} chủ trì tổ chức triển khai, ${d.phrase}.`, { labelBold: true, deadlines: [{ date: d.date }] }),
        item('Điều 3.', 'Quyết định này có hiệu lực kể từ ngày ký.', { labelBold: true }),
        item('Điều 4.', 'Chánh Văn phòng, Trưởng các phòng, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.', { labelBold: true }),
      ];
    }
    case 'Kế hoạch':
      return [
        p(`Căn cứ ${cites}, ${a.self} xây dựng Kế hoạch như sau:`),
        heading('I. MỤC ĐÍCH, YÊU CẦU'),
        p(`Nâng cao hiệu quả công tác ${t.name}, bảo đảm bao phủ ${t.target}.`),
        ...ctx,
        heading('II. NỘI DUNG THỰC HIỆN'),
        ...tasks(rng, a, t, issued, rng.int(2, 4)),
        heading('III. TỔ CHỨC THỰC HIỆN'),
        p('Các đơn vị căn cứ Kế hoạch này triển khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, báo cáo về cơ quan thường trực để được hướng dẫn./.'),
      ];
    case 'Thông báo': {
      const met = slashDate(addDays(issued, -rng.int(1, 6)));
      return [
        p(`Ngày ${met}, ${a.self} tổ chức cuộc họp về công tác ${t.name}. Sau khi nghe báo cáo và ý kiến của các đơn vị, ${leader(a)} kết luận như sau:`),
        ...tasks(rng, a, t, issued, rng.int(2, 4), ['a)', 'b)', 'c)', 'd)']),
        p(`Văn phòng thông báo để các đơn vị biết, thực hiện./.`),
      ];
    }
    case 'Báo cáo':
      return [
        p(`Thực hiện ${cites}, ${a.self} báo cáo như sau:`),
        heading('I. KẾT QUẢ THỰC HIỆN'),
        ...ctx,
        p(`Trong kỳ báo cáo, đơn vị đã triển khai công tác ${t.name} cho ${rng.int(62, 98)}% ${t.target}, tăng ${rng.int(2, 12)}% so với cùng kỳ.`),
        heading('II. TỒN TẠI, HẠN CHẾ'),
        p('Nhân lực y tế tuyến cơ sở còn thiếu; kinh phí bố trí chưa kịp thời.'),
        heading('III. KIẾN NGHỊ'),
        p('Đề nghị cấp trên quan tâm bố trí kinh phí và hướng dẫn chuyên môn.'),
        p('Trân trọng báo cáo./.'),
      ];
    case 'Tờ trình':
      return [
        p(`Căn cứ ${cites}, ${a.self} kính trình như sau:`),
        item('1.', `Tổng kinh phí đề nghị: ${rng.int(120, 4800).toLocaleString('de-DE')} triệu đồng.`),
        item('2.', 'Nguồn kinh phí: ngân sách nhà nước và nguồn thu sự nghiệp của đơn vị.'),
        p('Kính trình xem xét, phê duyệt./.'),
      ];
    case 'Giấy mời': {
      const meet = workday(addDays(issued, rng.int(4, 20)));
      return [
        p(`Thực hiện ${c1.text}, ${a.self} tổ chức hội nghị về công tác ${t.name}. Trân trọng kính mời đại diện lãnh đạo đơn vị tham dự.`),
        item('-', `Thời gian: ${rng.pick(['08 giờ 00', '14 giờ 00', '07 giờ 30 phút'])}, ${weekdayName(meet)}, ngày ${wordsDate(meet)}.`),
        item('-', `Địa điểm: Hội trường ${a.self}.`),
        p('Rất mong sự quan tâm, tham dự của Quý đại biểu./.'),
      ];
    }
  }
}

function ccOf(rng: Rng, type: DocType, a: Agency, hasRecipients: boolean): string[] {
  const own: Record<AgencyKind, string[]> = {
    byt: ['Bộ trưởng (để b/c)', 'Các Thứ trưởng', 'Cổng TTĐT Bộ Y tế'],
    cuc: ['Thứ trưởng phụ trách (để b/c)', 'Cục trưởng (để b/c)', 'Các Phó Cục trưởng'],
    syt: [`${superior(a)} (để b/c)`, 'Giám đốc Sở (để b/c)', 'Các Phó Giám đốc Sở'],
    cdc: [`${superior(a)} (để b/c)`, 'Giám đốc Trung tâm (để b/c)', 'Các khoa, phòng'],
    bv: [`${superior(a)} (để b/c)`, 'Ban Giám đốc', 'Các khoa, phòng'],
    'ubnd-tinh': ['Bộ Y tế (để b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh (để b/c)', 'Chủ tịch, các PCT UBND tỉnh'],
    'ubnd-huyen': [`${superior(a)} (để b/c)`, 'TT Huyện ủy, TT HĐND huyện', 'Chủ tịch, các PCT UBND huyện'],
  };
  const first = type === 'Quyết định' ? ['Như Điều 4'] : hasRecipients ? ['Như trên'] : [];
  return [...first, ...rng.sample(own[a.kind], rng.int(1, 3)), `Lưu: VT, ${rng.pick(a.units)}`];
}

/** A công điện is signed by the head or a deputy, never TL. */
function conDienSigner(rng: Rng, a: Agency, name: string): Letter['signer'] {
  if (a.kind === 'byt') {
    return rng.chance(0.7) ? { authority: ['KT. BỘ TRƯỞNG'], title: 'THỨ TRƯỞNG', name } : { authority: [], title: 'BỘ TRƯỞNG', name };
  }
  return rng.chance(0.5) ? { authority: ['KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name } : { authority: [], title: 'CHỦ TỊCH', name };
}

export function composeLetter(rng: Rng, index: number, seed: number): Letter {
  const [type, kinds] = pickType(rng);
  const agency = makeAgency(rng, rng.pick(kinds));
  const issued = issueDate(rng);
  const topic = rng.pick(TOPICS);
  const { prefix, subject } = subjectOf(rng, type, agency, topic, parseIso(issued).y);
  let recipients: string[] = [];
  if (type === 'Công văn' || type === 'Công điện' || type === 'Giấy mời') recipients = subordinates(rng, agency);
  if (type === 'Báo cáo' || type === 'Tờ trình') recipients = [superior(agency)];
  const conDien = agency.kind === 'byt' ? 'BỘ TRƯỞNG BỘ Y TẾ điện:' : 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:';
  const urgency = type === 'Công điện' ? 'HỎA TỐC' : rng.chance(0.12) ? 'KHẨN' : rng.chance(0.04) ? 'HỎA TỐC' : undefined;
  const letter: Letter = {
    name: `random-${seed}-${String(index + 1).padStart(4, '0')}-${SLUG[type]}`,
    source: `vanthu samples (random, invented): seed ${seed}, letter ${index + 1}`,
    docType: type,
    issuer: agency.issuer,
    number: numberOf(rng, type, agency),
    place: agency.place,
    date: issued,
    subjectPrefix: prefix,
    subject,
    subjectUpper: type !== 'Công văn' && rng.chance(0.15),
    recipients,
    body: [],
    cc: [],
    signer: makeSigner(rng, agency),
    style: { ...DEFAULT_STYLE, bodySize: rng.pick([13, 14]) },
  };
  if (urgency) letter.urgency = urgency;
  if (type === 'Công điện') letter.signer = conDienSigner(rng, agency, letter.signer?.name ?? '');
  if (type === 'Công điện') letter.recipientsLabel = conDien;
  if (type === 'Quyết định') letter.authorityLine = decider(agency);
  letter.body = bodyOf(rng, type, agency, topic, issued, subject);
  letter.cc = ccOf(rng, type, agency, recipients.length > 0);
  return letter;
}
