// The web app's pure pieces: escaping templates, search highlights, dd/mm/yyyy dates, evidence
// marks, the login redirect target and the correction form's values.
import { describe, expect, it } from 'vitest';
import { markedText } from '../../api/pages/evidence-text.ts';
import { dmy, dmyTime, isoFromDmy } from '../../api/pages/format.ts';
import { highlight, html, raw } from '../../api/pages/html.ts';
import { safeNext } from '../../api/routes/auth.ts';
import { formCorrection } from '../../api/routes/pages.ts';

describe('html templates', () => {
  it('escape every value unless it is Html', () => {
    const name = '<script>alert("x")</script> & \'';
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;</p>',
    );
    expect(html`<ul>${['a<', html`<li>b</li>`, null, undefined, false]}</ul>`.value).toBe('<ul>a&lt;<li>b</li></ul>');
    expect(html`${raw('<b>ok</b>')}`.value).toBe('<b>ok</b>');
  });

  it('let only the highlight marks of a search fragment through', () => {
    expect(highlight('Số 2150&#x2F;BYT <em>tự</em> <em>chủ</em> &lt;img src=x onerror=1&gt;').value).toBe(
      'Số 2150/BYT <mark>tự</mark> <mark>chủ</mark> &lt;img src=x onerror=1&gt;',
    );
    expect(highlight('<img src=x onerror=alert(1)>').value).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('dates', () => {
  it('show dd/mm/yyyy and read it back', () => {
    expect(dmy('2023-05-31')).toBe('31/05/2023');
    expect(dmy(null)).toBe('');
    expect(dmyTime('2023-05-31T17:30:00Z')).toBe('01/06/2023 00:30'); // Vietnam time
    expect(isoFromDmy('1/7/2023')).toBe('2023-07-01');
    expect(isoFromDmy('2023-07-01')).toBe('2023-07-01');
    expect(isoFromDmy('31-05-2023')).toBeNull();
  });
});

describe('evidence marks', () => {
  it('mark each field once, escaped, skipping overlaps and spans past the text', () => {
    const text = 'Số: 12/BYT <b>\nHà Nội';
    const out = markedText(text, {
      number: { page: 1, start: 4, end: 10 },
      issuer: { page: 1, start: 5, end: 8 },
      place: { page: 1, start: 15, end: 21 },
      bad: { page: 1, start: 21, end: 99 },
    }).value;
    expect(out).toBe('Số: <mark id="ev-number" tabindex="-1" title="Số, ký hiệu">12/BYT</mark> &lt;b&gt;\n<mark id="ev-place" tabindex="-1" title="Địa danh">Hà Nội</mark>');
  });
});

describe('login redirect', () => {
  it('stays on this site', () => {
    expect(safeNext('/app/documents/abc?x=1')).toBe('/app/documents/abc?x=1');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', undefined, 42]) expect(safeNext(bad)).toBe('/app/search');
  });
});

describe('correction form', () => {
  it('turns the form fields into the value of the record field', () => {
    expect(formCorrection({ field: 'recipients', value: 'Sở Y tế Hà Nội\r\nSở Y tế Huế' })).toEqual({ field: 'recipients', value: ['Sở Y tế Hà Nội', 'Sở Y tế Huế'] });
    expect(formCorrection({ field: 'issuedDate', value: '31/05/2023' })).toEqual({ field: 'issuedDate', value: '2023-05-31' });
    expect(formCorrection({ field: 'issuedDate', value: ' ' })).toEqual({ field: 'issuedDate', value: null });
    expect(formCorrection({ field: 'signer', name: 'Trần Văn Thuấn', title: 'THỨ TRƯỞNG', authority: '' })).toEqual({
      field: 'signer',
      value: { name: 'Trần Văn Thuấn', title: 'THỨ TRƯỞNG', authority: null },
    });
    expect(formCorrection({ field: 'signer', name: '', title: '', authority: '' })).toEqual({ field: 'signer', value: null });
  });
});
