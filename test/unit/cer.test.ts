import { describe, expect, it } from 'vitest';
import { cer, charErrors } from '../../evaluation/cer.ts';

describe('character error rate', () => {
  it('counts edits over the ground truth, whitespace collapsed', () => {
    expect(charErrors('Hà  Nội\nngày', 'Hà Nội ngày')).toEqual({ edits: 0, chars: 11 });
    expect(charErrors('Hà Nội', 'Ha Nội')).toEqual({ edits: 1, chars: 6 });
    expect(cer([{ edits: 1, chars: 10 }, { edits: 3, chars: 30 }])).toBeCloseTo(0.1);
    expect(cer([])).toBeNull();
  });
});
