// Vietnamese labels and date formats for the pages: dates dd/mm/yyyy.
import type { Role } from '../auth/roles.ts';

/** 2023-05-31 → 31/05/2023; anything else is returned as is. */
export function dmy(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An ISO time → dd/mm/yyyy hh:mm in Vietnam time. */
export function dmyTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${dmy(local)} ${local.slice(11, 16)}`;
}

/** dd/mm/yyyy (or d/m/yyyy) → YYYY-MM-DD; YYYY-MM-DD passes; else null. */
export function isoFromDmy(s: string): string | null {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

export const FIELD_LABEL: Record<string, string> = {
  number: 'Số, ký hiệu',
  docType: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  place: 'Địa danh',
  issuedDate: 'Ngày ban hành',
  subject: 'Trích yếu',
  recipients: 'Kính gửi',
  cc: 'Nơi nhận',
  signer: 'Người ký',
  urgency: 'Độ khẩn',
  secrecy: 'Độ mật',
};

export const STATUS_LABEL: Record<string, string> = {
  queued: 'Đang chờ',
  processing: 'Đang xử lý',
  indexed: 'Đã lập chỉ mục',
  failed: 'Lỗi',
  open: 'Đang mở',
  fulfilled: 'Đã hoàn thành',
  overdue: 'Quá hạn',
};

export const ROLE_NAME: Record<Role, string> = { analyst: 'chuyên viên', archivist: 'văn thư', admin: 'quản trị' };

/** The reasons a file fails (workers' BadInputError), in plain Vietnamese. */
const REASONS: [RegExp, string][] = [
  [/empty file/i, 'tệp rỗng'],
  [/unsupported format/i, 'định dạng không hỗ trợ'],
  [/encrypted/i, 'PDF có mật khẩu'],
  [/corrupt/i, 'tệp bị hỏng'],
  [/too large/i, 'tệp quá lớn'],
  [/no text/i, 'không đọc được chữ nào'],
];

export function reasonVi(reason: string | null | undefined): string {
  if (!reason) return '';
  const hit = REASONS.find(([re]) => re.test(reason));
  return hit ? `${hit[1]} (${reason})` : reason;
}
