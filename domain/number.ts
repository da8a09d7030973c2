// The canonical form of a "số và ký hiệu" (Nghị định 30/2020, Phụ lục I: number / year? / symbol,
// parts of the symbol joined by "-"): no spaces around "/" and "-". Two documents with the same
// canonical number and issuer are the same letter (Phụ lục VI); citations match on it.
export function canonicalNumber(raw: string): string {
  return raw.replace(/\s*([/-])\s*/g, '$1').trim();
}
