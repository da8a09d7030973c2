// Upload page: send the chosen or dropped files (folders included) to POST /documents, then
// follow each document through the stages until it is indexed or failed; retry failed ones.
const form = document.getElementById('upload');
const drop = document.getElementById('drop');
const message = document.getElementById('upload-message');
const table = document.getElementById('progress');
const tbody = table.querySelector('tbody');
const maxFiles = Number(form.dataset.maxFiles) || 50;
const maxBytes = (Number(form.dataset.maxMb) || 50) * 1024 * 1024;

const REASONS = [
  [/empty file/i, 'tệp rỗng'], [/unsupported format/i, 'định dạng không hỗ trợ'], [/encrypted/i, 'PDF có mật khẩu'],
  [/corrupt/i, 'tệp bị hỏng'], [/too large/i, 'tệp quá lớn'], [/no text/i, 'không đọc được chữ nào'],
];
const reasonVi = (r) => { const hit = REASONS.find(([re]) => re.test(r || '')); return hit ? `${hit[1]} (${r})` : r || 'lỗi'; };

function stage(doc) {
  if (doc.status === 'indexed') return { text: 'Đã lập chỉ mục', done: true };
  if (doc.status === 'failed') return { text: `Lỗi: ${reasonVi(doc.failedReason)}`, done: true, failed: true };
  if (doc.status === 'queued') return { text: 'Đang chờ' };
  const extract = doc.jobs && doc.jobs.extract;
  if (extract && extract.state === 'active') return { text: 'Đang đọc chữ và trích trường' };
  if (doc.record) return { text: 'Đang lập chỉ mục' };
  return { text: 'Đang xử lý' };
}

function el(tag, attrs = {}, text = '') {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

function link(href, text) { const a = el('a', { href }); a.textContent = text; return a; }

async function api(url, options = {}) {
  const res = await fetch(url, { credentials: 'same-origin', ...options });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error((body && body.message) || `HTTP ${res.status}`);
  return body;
}

function follow(row, doc) {
  const statusCell = row.querySelector('.state');
  const actions = row.querySelector('.actions');
  let tries = 0;
  const tick = async () => {
    tries += 1;
    let info;
    try { info = await api(`/documents/${doc.id}`); } catch (e) { statusCell.textContent = `Không xem được trạng thái: ${e.message}`; return; }
    const s = stage(info);
    statusCell.textContent = s.text;
    statusCell.className = `state status s-${info.status}`;
    row.dataset.status = info.status;
    actions.replaceChildren();
    const dupes = ((info.record && info.record.warnings) || []).filter((w) => w.startsWith('possible duplicate of '));
    for (const d of dupes) { actions.append(link(`/app/documents/${d.slice(22)}`, 'Có thể trùng: xem văn bản đã có'), ' '); }
    if (info.status === 'indexed') actions.append(link(`/app/documents/${doc.id}`, 'Xem'));
    if (s.failed) {
      const failedJob = [info.jobs.extract, info.jobs.index].find((j) => j && j.state === 'failed');
      if (failedJob) {
        const b = el('button', { type: 'button' }, 'Thử lại');
        b.addEventListener('click', async () => {
          b.disabled = true;
          try { await api(`/jobs/${encodeURIComponent(failedJob.id)}/retry`, { method: 'POST' }); follow(row, doc); }
          catch (e) { statusCell.textContent = `Không thử lại được: ${e.message}`; b.disabled = false; }
        });
        actions.append(b);
      }
    }
    if (!s.done) setTimeout(tick, Math.min(1000 + tries * 250, 4000));
  };
  tick();
}

async function send(files) {
  files = files.filter((f) => f.size > 0 && !f.name.startsWith('.'));
  if (files.length === 0) { message.textContent = 'Chưa chọn tệp nào.'; return; }
  const big = files.filter((f) => f.size > maxBytes);
  if (big.length) { message.textContent = `Tệp quá lớn: ${big.map((f) => f.name).join(', ')}`; return; }
  table.hidden = false;
  for (let i = 0; i < files.length; i += maxFiles) {
    const batch = files.slice(i, i + maxFiles);
    const data = new FormData();
    for (const f of batch) data.append('files', f, f.name);
    message.textContent = `Đang gửi ${batch.length} tệp…`;
    let answer;
    try { answer = await api('/documents', { method: 'POST', body: data }); }
    catch (e) { message.textContent = `Không tải lên được: ${e.message}`; return; }
    for (const doc of answer) {
      const row = el('tr', { 'data-id': doc.id });
      row.append(el('td', {}, doc.name), el('td', { class: 'state' }, 'Đang chờ'), el('td', { class: 'actions' }));
      if (doc.alreadyStored) row.querySelector('td').append(' ', el('small', {}, '(đã có trong kho)'));
      tbody.append(row);
      follow(row, doc);
    }
  }
  message.textContent = `Đã gửi ${files.length} tệp.`;
}

async function filesFromEntry(entry) {
  if (entry.isFile) return [await new Promise((ok, ko) => entry.file(ok, ko))];
  if (!entry.isDirectory) return [];
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((ok, ko) => reader.readEntries(ok, ko));
    if (batch.length === 0) break;
    for (const e of batch) out.push(...(await filesFromEntry(e)));
  }
  return out;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const files = [...form.elements.files.files, ...form.elements.folder.files];
  send(files);
  form.reset();
});
for (const type of ['dragenter', 'dragover']) drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const items = [...event.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  const files = items.length ? (await Promise.all(items.map(filesFromEntry))).flat() : [...event.dataTransfer.files];
  send(files);
});
