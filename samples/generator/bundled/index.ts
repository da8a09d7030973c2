// The bundled set: hand-written letters of different types and agencies.
import type { Letter } from '../model.ts';
import { baocaoSyt } from './baocao-syt.ts';
import { congdienByt } from './congdien-byt.ts';
import { congvanByt } from './congvan-byt.ts';
import { congvanUbndTinh } from './congvan-ubnd-tinh.ts';
import { giaymoiBv } from './giaymoi-bv.ts';
import { kehoachCdc } from './kehoach-cdc.ts';
import { quyetdinhSyt } from './quyetdinh-syt.ts';
import { thongbaoSyt } from './thongbao-syt.ts';
import { totrinhUbndHuyen } from './totrinh-ubnd-huyen.ts';

export const BUNDLED: Letter[] = [
  congvanByt,
  quyetdinhSyt,
  kehoachCdc,
  thongbaoSyt,
  giaymoiBv,
  totrinhUbndHuyen,
  congdienByt,
  baocaoSyt,
  congvanUbndTinh,
];
