// The frame of every page: header with the navigation the user's role allows, main landmark,
// one stylesheet; scripts only from /static (the CSP allows nothing else).
import type { FastifyReply } from 'fastify';
import { roleAtLeast } from '../auth/roles.ts';
import type { User } from '../auth/users.ts';
import { ROLE_NAME } from './format.ts';
import { html, type Html } from './html.ts';

export type Section = 'search' | 'upload' | 'obligations' | 'queues' | 'document' | 'login';

const NAV: { id: Section; href: string; label: string; role: 'analyst' | 'archivist' | 'admin' }[] = [
  { id: 'search', href: '/app/search', label: 'Tìm kiếm', role: 'analyst' },
  { id: 'upload', href: '/app/upload', label: 'Tải lên', role: 'archivist' },
  { id: 'obligations', href: '/app/obligations', label: 'Nhiệm vụ', role: 'analyst' },
  { id: 'queues', href: '/admin/queues', label: 'Hàng đợi', role: 'admin' },
];

export const PAGE_CSP =
  "default-src 'self'; img-src 'self' data:; object-src 'self'; frame-src 'self'; script-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface PageOptions {
  title: string;
  user: User | null;
  section: Section;
  body: Html;
  scripts?: string[];
}

export function layout({ title, user, section, body, scripts = [] }: PageOptions): string {
  const nav = user
    ? html`<nav aria-label="Chính"><ul>${NAV.filter((n) => roleAtLeast(user.role, n.role)).map(
        (n) => html`<li><a href="${n.href}"${n.id === section ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
      )}</ul></nav>
      <form class="who" method="post" action="/logout"><span>${user.name} (${ROLE_NAME[user.role]})</span> <button type="submit">Đăng xuất</button></form>`
    : '';
  return html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · vanthu</title>
<link rel="stylesheet" href="/static/app.css">
${scripts.map((s) => html`<script type="module" src="/static/${s}"></script>`)}
</head><body>
<a class="skip" href="#main">Bỏ qua, đến nội dung</a>
<header class="top"><a class="brand" href="/app/search">vanthu</a>${nav}</header>
<main id="main" tabindex="-1">
${body}
</main>
</body></html>`.value;
}

export function sendPage(reply: FastifyReply, page: string, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('cache-control', 'no-store')
    .send(page);
}

export function forbiddenPage(user: User | null, need: string): string {
  return layout({
    title: 'Không có quyền',
    user,
    section: 'search',
    body: html`<h1>Không có quyền</h1><p role="alert">Trang này cần quyền <b>${ROLE_NAME[need as 'analyst'] ?? need}</b>${user ? html`; tài khoản ${user.name} là ${ROLE_NAME[user.role]}` : ''}.</p>
<p><a href="/app/search">Về trang tìm kiếm</a></p>`,
  });
}
