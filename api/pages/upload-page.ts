// The upload page: drop files or a folder (or pick them); web/static/upload.js sends them to
// POST /documents and follows each through the stages until indexed or failed.
import { html, type Html } from './html.ts';

export function uploadBody(limits: { maxFiles: number; maxFileMb: number }): Html {
  return html`<h1>Tải văn bản lên</h1>
<form id="upload" class="upload" method="post" action="/documents" enctype="multipart/form-data" data-max-files="${limits.maxFiles}" data-max-mb="${limits.maxFileMb}">
<div id="drop" class="drop">
<p>Kéo và thả tệp hoặc thư mục vào đây (PDF, DOCX, ảnh quét; tối đa ${limits.maxFiles} tệp mỗi lần, mỗi tệp ${limits.maxFileMb} MB).</p>
<label for="files">Chọn tệp</label> <input id="files" name="files" type="file" multiple accept=".pdf,.docx,.doc,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/*">
<label for="folder">Chọn thư mục</label> <input id="folder" name="folder" type="file" webkitdirectory multiple>
</div>
<button type="submit">Tải lên</button>
</form>
<p id="upload-message" role="status" aria-live="polite"></p>
<table id="progress" class="progress" hidden><caption class="sr">Tiến trình xử lý</caption>
<thead><tr><th scope="col">Tệp</th><th scope="col">Trạng thái</th><th scope="col"></th></tr></thead><tbody></tbody></table>`;
}
