// GET /openapi.json and GET /docs: the description @fastify/swagger builds from the routes' own
// zod declarations (api/openapi.ts), and a readable page rendered from it on the server
// (self-contained: no script, nothing from a CDN).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { media } from '../openapi.ts';

type Json = Record<string, unknown>;

const esc = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function schemaLabel(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  if (schema.type === 'array' && schema.items) return `${schemaLabel(schema.items as Json)}[]`;
  const parts = [schema.format ? `${schema.type} (${schema.format})` : schema.type];
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (typeof schema.pattern === 'string') parts.push(`pattern ${schema.pattern}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ''}…${schema.maximum ?? ''}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return esc(parts.filter(Boolean).join(', '));
}

export function renderDocs(spec: Json): string {
  const info = spec.info as Json;
  const paths = spec.paths as Record<string, Record<string, Json>>;
  const schemas = (spec.components as Json).schemas as Record<string, Json>;
  const ops: string[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters as Json[]) ?? [];
      const paramRows = params
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td>${schemaLabel(p.schema as Json)}</td><td>${esc(p.description ?? '')}</td></tr>`,
        )
        .join('');
      const responses = Object.entries(op.responses as Record<string, Json>)
        .map(([status, r]) => {
          const content = (r.content ?? {}) as Record<string, Json>;
          const types = Object.entries(content)
            .map(([type, c]) => `<code>${esc(type)}</code> ${schemaLabel(c.schema as Json)}`)
            .join('; ');
          return `<li><b>${esc(status)}</b> ${esc(r.description)}${types ? ` — ${types}` : ''}</li>`;
        })
        .join('');
      ops.push(`<section class="op" id="${esc(op.operationId)}">
<h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary)}</p>${op.description ? `<p class="d">${esc(op.description)}</p>` : ''}
${paramRows ? `<table><tr><th>parameter</th><th>in</th><th>schema</th><th></th></tr>${paramRows}</table>` : ''}
<ul>${responses}</ul></section>`);
    }
  }
  const schemaBlocks = Object.entries(schemas)
    .map(([name, s]) => `<details id="schema-${esc(name)}"><summary>${esc(name)}</summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(info.title)} API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:ui-monospace,monospace}pre{background:#f6f6f6;padding:.75rem;overflow:auto;font-size:13px}
.op{border:1px solid #ddd;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}.d{color:#555}
.m{display:inline-block;min-width:3.5rem;text-align:center;color:#fff;border-radius:4px;padding:0 .4rem;font-size:13px}
.get{background:#2b7bb9}.post{background:#3a9a4b}.patch{background:#b7791f}.delete{background:#b3261e}table{border-collapse:collapse;font-size:14px}
td,th{border-bottom:1px solid #eee;padding:.2rem .6rem;text-align:left;vertical-align:top}
</style></head><body>
<h1>${esc(info.title)} API <small>${esc(info.version)}</small></h1>
<p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${esc(spec.openapi)}). Queues: <a href="/admin/queues">/admin/queues</a>.</p>
<h2>Operations</h2>
${ops.join('\n')}
<h2>Schemas</h2>
${schemaBlocks}
</body></html>`;
}

export function docsRoutes(app: FastifyInstance): void {
  // Built once every route is registered (app.swagger() needs the server ready), then kept.
  let html: string | undefined;
  // Documentation only (no data): public, like /health.
  app.get(
    '/openapi.json',
    {
      config: { role: 'public' },
      schema: { operationId: 'openapi', summary: 'This description', response: { 200: media('OpenAPI 3.1 document', 'application/json', z.object({}).loose()) } },
    },
    async () => app.swagger(),
  );
  app.get(
    '/docs',
    {
      config: { role: 'public' },
      schema: { operationId: 'docs', summary: 'A readable page listing the operations', response: { 200: media('HTML', 'text/html', z.string()) } },
    },
    async (_request, reply) => {
      html ??= renderDocs(app.swagger() as unknown as Json);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(html);
    },
  );
}
