// ("số y tế" and "Sở Y tế" fold alike, so phrases like "Sở Y tế" are deliberately absent.)
// OCR post-correction with a lexicon of administrative phrases. The Vietnamese OCR model often
// swaps or drops a tone mark ("tố chức", "TÍNH LÀO CAI", "Cống TTĐT"). A phrase of two or more
// syllables whose marks-free form has only one spelling in official letters is put back to that
// spelling. Only OCR text is corrected; single syllables are left alone (too ambiguous).
import { PROVINCES, CAPITALS } from '../fields/places.ts';
import { fold } from '../text/fold.ts';

const PHRASES = [
  'tổ chức', 'chuyển đổi', 'sửa đổi', 'bổ sung', 'thẩm quyền', 'quyết định', 'Nghị quyết', 'Nghị định', 'Thông tư',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Chủ tịch', 'Phó Chủ tịch', 'Thủ tướng Chính phủ', 'Văn phòng', 'Chính phủ',
  'Cổng thông tin điện tử', 'Cổng TTĐT', 'giải quyết', 'thủ tục hành chính', 'triển khai', 'thực hiện', 'chỉ đạo',
  'đề nghị', 'báo cáo', 'kế hoạch', 'nhiệm vụ', 'Thứ trưởng', 'Bộ trưởng', 'Bộ Y tế', 'Nơi nhận',
  'Kính gửi', 'trực thuộc Trung ương', 'Như trên', 'Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'cơ quan', 'đơn vị',
  'phối hợp', 'tham mưu', 'hướng dẫn', 'quy định', 'theo dõi', 'đôn đốc', 'kiểm tra', 'đánh giá', 'tổng hợp',
  'chuyên môn', 'trách nhiệm', 'hiệu quả', 'địa bàn', 'phòng, chống', 'phòng chống', 'dịch bệnh', 'y tế', 'khám bệnh',
  'chữa bệnh', 'bệnh viện', 'trung tâm', 'huyện, thị xã, thành phố', 'thị xã', 'thành phố', 'các Sở, ban, ngành',
  'ban, ngành', 'Thường trực', 'Tỉnh ủy', 'Huyện ủy', 'quy phạm pháp luật', 'pháp luật', 'ngân sách', 'tài chính',
  'đầu tư', 'dự toán', 'kinh phí', 'điều chỉnh', 'điều kiện', 'điện tử', 'thông tin', 'truyền thông', 'giao thông',
  'vận tải', 'nông nghiệp', 'phát triển nông thôn', 'Phát triển', 'tài nguyên', 'môi trường', 'giáo dục', 'đào tạo',
  'nội vụ', 'lao động', 'thương binh', 'xã hội', 'văn hóa', 'thể thao', 'du lịch', 'khoa học', 'công nghệ', 'tư pháp',
  'công thương', 'xây dựng', 'thanh tra', 'khiếu nại', 'tố cáo', 'cải cách', 'hành chính', 'Danh mục', 'công bố',
  'nội bộ', 'quy trình', 'Luật', 'Tổ chức chính quyền địa phương', 'chính quyền', 'địa phương', 'nhân dân', 'Nhân dân',
  'Độc lập - Tự do - Hạnh phúc', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Lưu: VT',
];

interface Entry {
  words: string[];
  folded: string[];
}

const ENTRIES: Entry[] = [
  ...PHRASES,
  // Bare place names are left out: "xã Hải Phong" is not "Hải Phòng".
  ...[...PROVINCES, ...CAPITALS].flatMap((p) => [`tỉnh ${p}`, `thành phố ${p}`]),
]
  .map((p) => ({ words: p.split(' '), folded: fold(p).split(' ') }))
  .filter((e) => e.words.length >= 2)
  // Longest first, so "Phó Chủ tịch" wins over "Chủ tịch".
  .sort((a, b) => b.words.length - a.words.length);

const FIRST = new Map<string, Entry[]>();
for (const e of ENTRIES) FIRST.set(e.folded[0]!, [...(FIRST.get(e.folded[0]!) ?? []), e]);

// Old and new tone placement are both correct ("UỶ"/"ỦY", "hoà"/"hòa"): never "correct" one into the other.
const OLD_STYLE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const modernTone = (w: string) => w.toLowerCase().replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/gu, (m) => OLD_STYLE[m] ?? m);

const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();

/** Give `right` the letter case of `seen`: all capitals, or the first letter's case. */
function withCaseOf(seen: string, right: string): string {
  if (isUpper(seen) && seen.length > 1) return right.toUpperCase();
  const first = seen[0] ?? '';
  const cased = first === first.toUpperCase() ? right[0]!.toUpperCase() : right[0]!.toLowerCase();
  return cased + right.slice(1);
}

/** Correct tone marks of known phrases in one OCR line. */
export function correctOcrLine(line: string): string {
  const tokens = line.split(' ');
  // Compare words without their trailing punctuation ("đổi," / "ngành,").
  const bare = tokens.map((t) => fold(t).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  for (let i = 0; i < tokens.length; i++) {
    for (const entry of FIRST.get(bare[i]!) ?? []) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      if (!entry.folded.every((w, k) => w.replace(/[^\p{L}]+$/u, '') === bare[i + k])) continue;
      for (let k = 0; k < n; k++) {
        const token = tokens[i + k]!;
        const core = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        const right = entry.words[k]!.replace(/[^\p{L}]+$/u, '');
        if (core && fold(core) === fold(right) && modernTone(core) !== modernTone(right)) {
          tokens[i + k] = token.replace(core, withCaseOf(core, right));
        }
      }
      i += n - 1;
      break;
    }
  }
  return tokens.join(' ');
}
