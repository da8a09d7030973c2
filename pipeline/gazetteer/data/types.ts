// Shapes of the gazetteer's vocabularies (data only; the indexes are built in ../build.ts).

export type AgencyKind =
  | 'quoc-hoi' | 'chu-tich-nuoc' | 'chinh-phu' | 'bo' | 'co-quan-ngang-bo' | 'co-quan-thuoc-chinh-phu'
  | 'to-chuc-tu-phap' | 'kiem-toan' | 'dang' | 'doan-the' | 'ubnd' | 'hdnd' | 'doan-dbqh' | 'so'
  | 'tong-cuc' | 'cuc' | 'vu' | 'van-phong' | 'thanh-tra' | 'chi-cuc' | 'phong' | 'ban' | 'uy-ban'
  | 'benh-vien' | 'trung-tam' | 'truong' | 'vien' | 'hoc-vien' | 'cong-an' | 'quan-su' | 'bao-hiem-xa-hoi'
  | 'thue' | 'kho-bac' | 'hai-quan' | 'thong-ke' | 'ngan-hang' | 'toa-an' | 'vien-kiem-sat' | 'thi-hanh-an'
  | 'doanh-nghiep' | 'hoi' | 'dai-bao' | 'hoi-dong' | 'khac';

/** A named body of the central level, with the units usually printed under it. */
export interface BodyData {
  /** Stable key, e.g. "bo:y-te". */
  key: string;
  /** Name as written in running text ("Bộ Y tế"); headers print it in capitals. */
  name: string;
  kind: AgencyKind;
  /** Abbreviations and other spellings ("BYT", "Bộ LĐ-TB&XH"). */
  aliases?: string[];
  /** Last year the body existed under this name (merged, renamed or dissolved). */
  until?: number;
  /** First year under this name, when recent. */
  since?: number;
  /** Key of the body that took over its work. */
  successor?: string;
  /** Units printed under it as the second header line ("CỤC QUẢN LÝ DƯỢC"). */
  units?: string[];
}

/** A department or branch that every province has under the same name ("Sở Y tế", "Công an"). */
export interface ProvincialUnitData {
  /** Key stem: "so-y-te" gives "so-y-te:ninh-binh". */
  key: string;
  name: string;
  kind: AgencyKind;
  aliases?: string[];
  until?: number;
  since?: number;
  successor?: string;
}
