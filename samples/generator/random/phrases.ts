// Building blocks of random bodies: health topics, cited documents, tasks and deadline phrases.
// All numbers and dates are drawn at random; none refers to a real document.
import { addDays, parseIso, slashDate, wordsDate, workday } from '../dates.ts';
import type { Rng } from '../rng.ts';
import type { Agency } from './agencies.ts';

export interface Topic {
  /** Noun phrase used after "công tác", "kế hoạch": "phòng, chống dịch sốt xuất huyết". */
  name: string;
  /** Who is concerned: "các cơ sở khám bệnh, chữa bệnh". */
  target: string;
}

export const TOPICS: Topic[] = [
  { name: 'phòng, chống dịch sốt xuất huyết Dengue', target: 'các xã, phường có ổ dịch' },
  { name: 'tiêm chủng mở rộng', target: 'trẻ em dưới 5 tuổi' },
  { name: 'bảo đảm an toàn thực phẩm', target: 'các bếp ăn tập thể' },
  { name: 'chuyển đổi số y tế', target: 'các cơ sở khám bệnh, chữa bệnh' },
  { name: 'triển khai bệnh án điện tử', target: 'các bệnh viện tuyến tỉnh, tuyến huyện' },
  { name: 'phòng, chống bệnh lao', target: 'người có nguy cơ cao' },
  { name: 'quản lý bệnh không lây nhiễm tại trạm y tế xã', target: 'người bệnh tăng huyết áp, đái tháo đường' },
  { name: 'khám sức khỏe định kỳ cho người cao tuổi', target: 'người từ 60 tuổi trở lên' },
  { name: 'cung ứng thuốc, vật tư y tế', target: 'các cơ sở y tế công lập' },
  { name: 'kiểm soát nhiễm khuẩn', target: 'các khoa lâm sàng' },
  { name: 'chăm sóc sức khỏe bà mẹ, trẻ em', target: 'phụ nữ mang thai và trẻ sơ sinh' },
  { name: 'phòng, chống bệnh tay chân miệng', target: 'các trường mầm non' },
];

export interface Citation {
  text: string;
  number: string;
}

/** An ISO date between `minDays` and `maxDays` before `iso`. */
export function dateBefore(rng: Rng, iso: string, minDays: number, maxDays: number): string {
  return addDays(iso, -rng.int(minDays, maxDays));
}

function dateText(rng: Rng, iso: string): string {
  return rng.chance(0.6) ? slashDate(iso, rng.chance(0.3)) : wordsDate(iso);
}

/** A cited document dated before `issued`, issued by someone above or beside `agency`. */
export function citation(rng: Rng, issued: string, agency: Agency): Citation {
  const d = dateBefore(rng, issued, 10, 900);
  const y = parseIso(d).y;
  const when = dateText(rng, d);
  const prov = agency.province?.name ?? 'Hà Nam';
  const kinds: (() => Citation)[] = [
    () => {
      const n = `${rng.int(150, 4800)}/QĐ-BYT`;
      return { number: n, text: `Quyết định số ${n} ngày ${when} của Bộ trưởng Bộ Y tế` };
    },
    () => {
      const n = `${rng.int(10, 180)}/${y}/NĐ-CP`;
      return { number: n, text: `Nghị định số ${n} ngày ${when} của Chính phủ` };
    },
    () => {
      const n = `${String(rng.int(1, 50)).padStart(2, '0')}/${y}/TT-BYT`;
      return { number: n, text: `Thông tư số ${n} ngày ${when} của Bộ trưởng Bộ Y tế` };
    },
    () => {
      const n = `${rng.int(120, 7800)}/BYT-${rng.pick(['DP', 'KCB', 'KHTC', 'BM-TE'])}`;
      return { number: n, text: `Công văn số ${n} ngày ${when} của Bộ Y tế` };
    },
    () => {
      const n = `${rng.int(20, 400)}/KH-UBND`;
      return { number: n, text: `Kế hoạch số ${n} ngày ${when} của Ủy ban nhân dân tỉnh ${prov}` };
    },
    () => {
      const n = `${String(rng.int(1, 30)).padStart(2, '0')}/CT-TTg`;
      return { number: n, text: `Chỉ thị số ${n} ngày ${when} của Thủ tướng Chính phủ` };
    },
    () => {
      const n = `${rng.int(10, 90)}-NQ/TW`;
      return { number: n, text: `Nghị quyết số ${n} ngày ${when} của Ban Chấp hành Trung ương` };
    },
  ];
  return rng.pick(kinds)();
}

export interface Deadline {
  phrase: string;
  date: string | null;
}

/** A dated time limit after `issued`, written one of the usual ways. */
export function datedDeadline(rng: Rng, issued: string, agency: Agency): Deadline {
  const date = workday(addDays(issued, rng.int(7, 75)));
  const forms = [
    () => `hoàn thành trước ngày ${slashDate(date)}`,
    () => `gửi báo cáo về ${agency.reportTo} trước ngày ${wordsDate(date)}`,
    () => `chậm nhất ngày ${slashDate(date, rng.chance(0.5))}`,
    () => `gửi kết quả về ${agency.reportTo} trước 16 giờ 00 ngày ${slashDate(date)}`,
    () => `thực hiện xong trước ngày ${wordsDate(date)}`,
  ];
  return { phrase: rng.pick(forms)(), date };
}

/** A recurring time limit (no single date). */
export function recurringDeadline(rng: Rng, agency: Agency): Deadline {
  const forms = [
    `định kỳ hàng quý gửi báo cáo về ${agency.reportTo} trước ngày 10 của tháng đầu quý sau`,
    `định kỳ hằng tháng báo cáo kết quả trước ngày 20 của tháng`,
    `báo cáo định kỳ 6 tháng và hằng năm chậm nhất vào ngày 15 của tháng tiếp theo sau kỳ báo cáo`,
    `định kỳ hằng tuần báo cáo tình hình vào thứ Sáu`,
  ];
  return { phrase: rng.pick(forms), date: null };
}

const ACTIONS = [
  (t: Topic) => `Rà soát, cập nhật danh sách ${t.target} và xây dựng kế hoạch ${t.name} của đơn vị`,
  (t: Topic) => `Tổ chức tập huấn cho cán bộ y tế tuyến xã về ${t.name}`,
  (t: Topic) => `Kiểm tra, giám sát việc thực hiện công tác ${t.name} tại ${t.target}`,
  (t: Topic) => `Tổng hợp số liệu, đánh giá kết quả công tác ${t.name} 6 tháng đầu năm`,
  (t: Topic) => `Bố trí kinh phí, nhân lực và vật tư bảo đảm cho công tác ${t.name}`,
  (t: Topic) => `Đẩy mạnh truyền thông về ${t.name} cho ${t.target}`,
  (t: Topic) => `Xây dựng phương án, kịch bản đáp ứng trong công tác ${t.name}`,
];

/** `n` different tasks about `topic`. */
export function actions(rng: Rng, topic: Topic, n: number): string[] {
  return rng.sample(ACTIONS, n).map((f) => f(topic));
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

const CONTEXT = [
  (t: Topic) => `Thời gian qua, công tác ${t.name} trên địa bàn đã được các cấp, các ngành quan tâm chỉ đạo, đạt được nhiều kết quả tích cực; nhận thức của người dân và ${t.target} từng bước được nâng lên.`,
  (t: Topic) => `Tuy nhiên, việc triển khai tại một số đơn vị còn chậm, chưa đồng bộ; công tác phối hợp giữa các cơ quan liên quan có lúc chưa chặt chẽ, số liệu báo cáo chưa kịp thời, chưa phản ánh đầy đủ tình hình thực tế tại ${t.target}.`,
  () => 'Nguồn nhân lực y tế tại tuyến cơ sở còn thiếu và chưa đồng đều về trình độ chuyên môn; trang thiết bị tại nhiều trạm y tế xã đã cũ, hư hỏng, chưa được thay thế kịp thời.',
  () => 'Kinh phí bố trí cho các hoạt động chuyên môn còn hạn chế, chủ yếu dựa vào ngân sách nhà nước; việc huy động các nguồn lực xã hội hóa chưa tương xứng với tiềm năng của địa phương.',
  (t: Topic) => `Dự báo trong thời gian tới, tình hình liên quan đến ${t.name} tiếp tục diễn biến phức tạp, đặc biệt tại các địa bàn đông dân cư, khu công nghiệp và vùng sâu, vùng xa, nguy cơ phát sinh yêu cầu mới là rất lớn.`,
  () => 'Để khắc phục những tồn tại, hạn chế nêu trên, các đơn vị cần nâng cao vai trò, trách nhiệm của người đứng đầu, chủ động rà soát, đánh giá và có giải pháp cụ thể, phù hợp với điều kiện thực tế của đơn vị.',
  (t: Topic) => `Kết quả kiểm tra gần đây cho thấy một số cơ sở chưa thực hiện đầy đủ các quy định chuyên môn về ${t.name}, hồ sơ, sổ sách ghi chép chưa thống nhất, việc lưu trữ số liệu còn thủ công.`,
];

/** `n` sentences about the situation, in a fixed order so the account reads sensibly. */
export function context(rng: Rng, topic: Topic, n: number): string[] {
  const picked = new Set(rng.sample(CONTEXT.map((_, i) => i), n));
  return CONTEXT.filter((_, i) => picked.has(i)).map((f) => f(topic));
}
