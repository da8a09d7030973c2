// edXML (QCVN 102:2016):
//   GET  /documents/:id/edxml[?to=ID,ID]       the document as a package (warnings in X-Edxml-Warnings)
//   POST /edxml                                a package (application/xml) registered as an incoming letter
//   GET  /documents/:id/edxml/status/:code     a status message (01, 03, 04, 05, 06) for a registered letter
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { config } from '../../config.ts';
import { STATUS_CODES } from '../../exchange/edxml/schema.ts';
import { exportPackage, maxPackageBytes, organsFromConfig, statusPackage } from '../../exchange/edxml/service.ts';
import { isBadInput } from '../../pipeline/errors.ts';
import { DocumentId } from '../../schemas/api.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError, parseOr400 } from '../errors.ts';

const XML_TYPES = ['application/xml', 'text/xml', 'application/edxml+xml'];
const Params = z.strictObject({ id: DocumentId });
const StatusParams = z.strictObject({ id: DocumentId, code: z.enum(Object.keys(STATUS_CODES) as [keyof typeof STATUS_CODES]) });
const ExportQuery = z.object({ to: z.string().max(2000).optional() });

/** A package that breaks the standard or our schema is the client's error, said plainly. */
function badPackage(error: unknown): never {
  if (isBadInput(error)) throw new ApiError(422, 'invalid_edxml', error.message);
  throw error;
}

const organsOf = (deps: ApiDeps) => deps.edxml?.organs ?? organsFromConfig(config());

export function edxmlRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const maxBytes = maxPackageBytes(deps.limits?.maxFileBytes ?? config().maxFileBytes);
  app.addContentTypeParser(XML_TYPES, { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));

  app.get('/documents/:id/edxml', { config: { role: 'analyst' } }, async (request, reply) => {
    const { id } = parseOr400(Params, request.params, 'invalid_id', 'document id');
    const { to } = parseOr400(ExportQuery, request.query, 'invalid_query', 'query');
    const [record, original] = await Promise.all([deps.store.getRecord(id), deps.store.getOriginal(id)]);
    if (!record || !original) throw new ApiError(404, 'not_found', `no document ${id} with a record`);
    try {
      const { xml, warnings } = exportPackage(record, original.bytes, organsOf(deps), to?.split(',').map((s) => s.trim()).filter(Boolean));
      if (warnings.length) reply.header('x-edxml-warnings', encodeURIComponent(warnings.join('; ')));
      return reply.type('application/xml; charset=utf-8').header('content-disposition', `attachment; filename="${id.slice(0, 12)}.edxml"`).send(xml);
    } catch (error) {
      badPackage(error);
    }
  });

  app.post('/edxml', { config: { role: 'archivist' } }, async (request, reply) => {
    if (!deps.edxml) throw new ApiError(503, 'unavailable', 'this server does not receive edXML packages');
    if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'not_xml', `send the package as ${XML_TYPES.join(' or ')}`);
    try {
      const record = await deps.edxml.receive(request.body);
      return reply.code(201).send({ id: record.id, number: record.number, warnings: record.warnings });
    } catch (error) {
      badPackage(error);
    }
  });

  app.get('/documents/:id/edxml/status/:code', { config: { role: 'archivist' } }, async (request, reply) => {
    const { id, code } = parseOr400(StatusParams, request.params, 'invalid_status', 'status (codes 01, 03, 04, 05, 06)');
    const record = await deps.store.getRecord(id);
    if (!record) throw new ApiError(404, 'not_found', `no registered letter ${id}`);
    try {
      return reply.type('application/xml; charset=utf-8').send(statusPackage(record, code, organsOf(deps)));
    } catch (error) {
      badPackage(error);
    }
  });
}
