// The web app's pages (server-rendered HTML): search, document, upload, obligations, and the
// correction form. Each declares its role like any API route, plus `page: true` so a visitor
// without a session is sent to the login page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CorrectableField, DocumentParams, type SearchResponse } from '../../schemas/api.ts';
import { roleAtLeast } from '../auth/roles.ts';
import { applyCorrection } from '../corrections.ts';
import type { ApiDeps } from '../deps.ts';
import { documentProgress } from '../document-status.ts';
import { ApiError, notFound, parseOr400 } from '../errors.ts';
import { documentBody, type DocumentView } from '../pages/document-page.ts';
import { isoFromDmy } from '../pages/format.ts';
import { apiGet, qs } from '../pages/internal.ts';
import { pageErrorText } from '../pages/error-page.ts';
import { layout, sendPage } from '../pages/layout.ts';
import { obligationsApiUrl, obligationsBody, readObligationsForm, type ObligationsAnswer } from '../pages/obligations-page.ts';
import { apiQuery, readSearchForm, searchBody } from '../pages/search-page.ts';
import { uploadBody } from '../pages/upload-page.ts';

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** The correction form's fields → the value PATCH /documents/:id takes. */
export function formCorrection(body: Record<string, unknown>): { field: string; value: unknown } {
  const s = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const field = s('field');
  if (field === 'signer') {
    const signer = { name: s('name').trim() || null, title: s('title').trim() || null, authority: s('authority').trim() || null };
    return { field, value: signer.name || signer.title || signer.authority ? signer : null };
  }
  if (field === 'issuer' || field === 'recipients' || field === 'cc') return { field, value: s('value').split(/\r?\n/) };
  if (field === 'issuedDate') return { field, value: s('value').trim() === '' ? null : (isoFromDmy(s('value')) ?? s('value')) };
  return { field, value: s('value') };
}

async function documentView(app: FastifyInstance, deps: ApiDeps, request: FastifyRequest, id: string): Promise<DocumentView> {
  const original = await deps.store.getOriginal(id);
  if (!original) throw notFound(`no document ${id}`);
  const record = await deps.store.getRecord(id);
  const progress = await documentProgress(deps, id, { hasRecord: record !== null });
  const query = request.query as Record<string, unknown>;
  const view: DocumentView = {
    id,
    name: original.meta.name,
    receivedAt: original.meta.receivedAt,
    status: progress.status,
    failedReason: progress.failedReason,
    record,
    canCorrect: !!request.user && roleAtLeast(request.user.role, 'archivist'),
    cites: [],
    citedBy: null,
    obligations: null,
    saved: typeof query.saved === 'string' && CorrectableField.safeParse(query.saved).success ? query.saved : null,
    error: null,
    version: progress.version,
  };
  if (!record) return view;
  const find = (q: Record<string, string>) => apiGet<SearchResponse>(app, request, `/search${qs({ ...q, size: 20 })}`);
  view.cites = await Promise.all(
    record.references.slice(0, 20).map(async (ref) => {
      const hit = (await find({ q: ref.number })).body?.hits.find((h) => h.number === ref.number && h.id !== id);
      return { ...ref, id: hit?.id ?? null };
    }),
  );
  if (record.number) {
    // `reference` filters on references.number (issue #4); until the API takes it, show nothing.
    const citing = await find({ reference: record.number });
    view.citedBy = citing.body ? citing.body.hits.filter((h) => h.id !== id) : null;
  }
  const tracked = await apiGet<ObligationsAnswer>(app, request, `/obligations${qs({ documentId: id, size: 100 })}`);
  view.obligations = tracked.body?.items.length ? tracked.body.items : (record.obligations as DocumentView['obligations']);
  return view;
}

export function pageRoutes(app: FastifyInstance, deps: ApiDeps, limits: { maxFiles: number; maxFileBytes: number }): void {
  const page = (role: 'analyst' | 'archivist') => ({ config: { role, page: true } });

  app.get('/app/search', page('analyst'), async (request, reply) => {
    const form = readSearchForm(request.query);
    const { url, problems } = apiQuery(form);
    const answer = await apiGet<SearchResponse>(app, request, url);
    const title = form.q ? `Tìm “${form.q}”` : 'Tìm kiếm';
    const status = problems.length ? 400 : answer.status >= 400 ? answer.status : 200;
    const error = answer.error ? pageErrorText(answer.status).text : null; // never the API's English message
    return sendPage(reply, layout({ title, user: request.user, section: 'search', body: searchBody(form, answer.body, problems, error) }), status);
  });

  const showDocument = async (request: FastifyRequest, reply: FastifyReply, id: string, error: string | null = null, status = 200) => {
    const view = await documentView(app, deps, request, id);
    view.error = error;
    const title = view.record?.number ?? view.name;
    return sendPage(reply, layout({ title, user: request.user, section: 'document', body: documentBody(view) }), status);
  };

  app.get('/app/documents/:id', page('analyst'), async (request, reply) => {
    const { id } = parseOr400(DocumentParams, request.params, 'invalid_id', 'document id');
    return showDocument(request, reply, id);
  });

  app.post('/app/documents/:id/correct', page('archivist'), async (request, reply) => {
    const { id } = parseOr400(DocumentParams, request.params, 'invalid_id', 'document id');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { field, value } = formCorrection(body);
    const seen = Number(body.version);
    const version = Number.isInteger(seen) && seen > 0 ? seen : undefined;
    const parsedField = CorrectableField.safeParse(field);
    if (!parsedField.success) return showDocument(request, reply, id, `Không sửa được trường “${field}”.`, 400);
    try {
      await applyCorrection(deps, id, { field: parsedField.data, value, ...(version ? { version } : {}) }, request.user!.name);
    } catch (error) {
      if (error instanceof ApiError && error.statusCode === 400) return showDocument(request, reply, id, `Giá trị không hợp lệ: ${error.message}`, 400);
      if (error instanceof ApiError && error.statusCode === 409) return showDocument(request, reply, id, 'Trường này vừa được người khác sửa; xem giá trị mới rồi sửa lại nếu cần.', 409);
      throw error;
    }
    return reply.redirect(`/app/documents/${id}?saved=${field}#f-${field}`, 303);
  });

  app.get('/app/upload', page('archivist'), async (request, reply) => {
    const body = uploadBody({ maxFiles: limits.maxFiles, maxFileMb: Math.round(limits.maxFileBytes / 1024 / 1024) });
    return sendPage(reply, layout({ title: 'Tải lên', user: request.user, section: 'upload', body, scripts: ['upload.js'] }));
  });

  app.get('/app/obligations', page('analyst'), async (request, reply) => {
    const form = readObligationsForm(request.query);
    const answer = await apiGet<ObligationsAnswer>(app, request, obligationsApiUrl(form, today()));
    const error = answer.error ? pageErrorText(answer.status).text : null; // never the API's English message
    return sendPage(reply, layout({ title: 'Nhiệm vụ', user: request.user, section: 'obligations', body: obligationsBody(form, answer.body, error) }), answer.status >= 400 ? answer.status : 200);
  });
}
