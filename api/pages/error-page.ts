// Error pages of the web app: a browser that opens a page (or a page image) gets Vietnamese HTML,
// never the API's JSON, an English message, a stack trace or a file path. The API's own answers
// (JSON for programs) are unchanged.
import type { FastifyRequest } from 'fastify';
import type { User } from '../auth/users.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';

/** A page route (`config.page`), anything under /app, or a browser navigation asking for HTML. */
export function wantsHtml(request: FastifyRequest): boolean {
  if ((request.routeOptions.config as { page?: boolean } | undefined)?.page) return true;
  const path = request.url.split('?')[0] ?? '';
  if (path === '/app' || path.startsWith('/app/')) return true;
  const accept = String(request.headers.accept ?? '');
  return request.method === 'GET' && accept.includes('text/html');
}

/** What went wrong, in the words of a person at the desk (by status; the API's code refines 404s). */
export function pageErrorText(status: number, code?: string, path = ''): { title: string; text: string } {
  if (status === 404) {
    if (/^\/documents\/[^/]+\/pages\//.test(path)) {
      return { title: 'Không có trang này', text: 'Văn bản không có trang được yêu cầu, hoặc trang này chưa xem trước được.' };
    }
    if (/^\/(app\/)?documents\//.test(path)) return { title: 'Không tìm thấy văn bản', text: 'Không có văn bản nào với mã này. Có thể đường dẫn bị sai hoặc văn bản chưa được tải lên.' };
    return { title: 'Không tìm thấy trang', text: 'Địa chỉ này không có trong ứng dụng.' };
  }
  if (status === 400) {
    if (code === 'invalid_id') return { title: 'Mã văn bản không hợp lệ', text: 'Mã văn bản là 64 chữ số thập lục phân; đường dẫn này không đúng.' };
    return { title: 'Yêu cầu không hợp lệ', text: 'Một giá trị trong yêu cầu không đúng (ví dụ ngày phải là ngày có thật, viết dd/mm/yyyy).' };
  }
  if (status === 413) return { title: 'Tệp quá lớn', text: 'Tệp vượt quá giới hạn dung lượng cho phép.' };
  if (status === 503) return { title: 'Dịch vụ tạm thời không sẵn sàng', text: 'Một dịch vụ của hệ thống đang không trả lời; xin thử lại sau ít phút.' };
  if (status >= 400 && status < 500) return { title: 'Yêu cầu không thực hiện được', text: 'Yêu cầu này không thực hiện được.' };
  return { title: 'Lỗi máy chủ', text: 'Đã có lỗi ở máy chủ; lỗi đã được ghi lại. Xin thử lại sau, hoặc báo cho quản trị viên.' };
}

export function errorPage(status: number, user: User | null, code?: string, path = ''): string {
  const { title, text } = pageErrorText(status, code, path);
  return layout({
    title,
    user,
    section: 'search',
    body: html`<h1>${title}</h1><p role="alert">${text}</p><p class="muted">Mã lỗi ${String(status)}.</p>
<p><a href="/app/search">Về trang tìm kiếm</a></p>`,
  });
}
