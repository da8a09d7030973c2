import { describe, expect, it } from 'vitest';
import { wordsFromTsv } from '../../pipeline/ocr/native-tsv.ts';

const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3507\t-1\t',
  '4\t1\t1\t1\t1\t0\t552\t228\t1623\t80\t-1\t',
  '5\t1\t1\t1\t1\t1\t552\t249\t76\t59\t93.155228\tBỘ',
  '5\t1\t1\t1\t1\t2\t644\t259\t37\t38\t92.5\tY',
  '5\t1\t1\t1\t1\t3\t700\t259\t10\t38\t95\t ',
  '5\t1\t1\t1\t2\t1\t572\t319\t176\t62\t0.000000\tyyờ',
  '5\t1\t2\t1\t1\t1\t10\t400\t20\t30\t88\tSố:',
  '',
].join('\n');

describe('native tesseract TSV', () => {
  it('keeps word rows as positioned words, one line id per block/paragraph/line', () => {
    expect(wordsFromTsv(TSV)).toEqual([
      { text: 'BỘ', confidence: 93.155228, line: 1, x0: 552, y0: 249, x1: 628, y1: 308 },
      { text: 'Y', confidence: 92.5, line: 1, x0: 644, y0: 259, x1: 681, y1: 297 },
      { text: 'yyờ', confidence: 0, line: 2, x0: 572, y0: 319, x1: 748, y1: 381 },
      { text: 'Số:', confidence: 88, line: 3, x0: 10, y0: 400, x1: 30, y1: 430 },
    ]);
  });
});
