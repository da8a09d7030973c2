// Synthetic records for the Elasticsearch bench, made cheaply from real extracted ones: each copy
// gets its own id, number, date, place (replaced in the text too, so `ha noi` matches only the
// Hà Nội share), issuer and signer, so the terms, facets and date ranges spread like a real archive.
import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../schemas/record.ts';

const PROVINCES = [
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Nghệ An', 'Thanh Hóa', 'Nam Định', 'Ninh Bình', 'Quảng Bình', 'Thái Bình', 'Hà Tĩnh',
  'Bến Tre', 'Sơn La', 'Lào Cai', 'Vĩnh Long', 'Hậu Giang', 'Thái Nguyên', 'Cần Thơ', 'Quảng Ninh', 'Bắc Ninh', 'Đắk Lắk',
];
const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Minh Đức', 'Hoàng Thu Hà', 'Vũ Quốc Hùng', 'Đặng Thị Lan', 'Bùi Văn Long'];

/** A small deterministic hash of i, so every run indexes the same records. */
const mix = (i: number, salt: number) => {
  let x = (i + 1) * 2654435761 + salt * 40503;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822519);
  x ^= x >>> 13;
  return Math.abs(x);
};

export function syntheticRecord(bases: DocumentRecord[], i: number): DocumentRecord {
  const base = bases[i % bases.length]!;
  const province = PROVINCES[mix(i, 1) % PROVINCES.length]!;
  const year = 2008 + (mix(i, 2) % 18);
  const date = `${year}-${String(1 + (mix(i, 3) % 12)).padStart(2, '0')}-${String(1 + (mix(i, 4) % 28)).padStart(2, '0')}`;
  const symbol = base.number?.split('/').slice(1).join('/') || 'UBND';
  const text = base.place ? base.text.replaceAll(base.place, province) : `${base.text}\n${province}`;
  const ownIssuer = mix(i, 5) % 2 === 0;
  return {
    ...base,
    id: createHash('sha256').update(`vanthu-bench-es-${i}`).digest('hex'),
    file: { ...base.file, name: `bench-${i}-${base.file.name}` },
    text,
    number: `${1 + (mix(i, 6) % 9000)}/${symbol}`,
    issuedDate: date,
    place: province,
    issuer: ownIssuer ? [`SỞ Y TẾ ${province.toUpperCase()}`] : base.issuer,
    signer: base.signer ? { ...base.signer, name: SIGNERS[mix(i, 7) % SIGNERS.length]! } : null,
  };
}
