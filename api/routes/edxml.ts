// edXML (QCVN 102:2016):
//   GET  /documents/:id/edxml[?to=ID,ID]       the document as a package (warnings in X-Edxml-Warnings)
//   POST /edxml                                a package (application/xml) registered as an incoming letter
//   GET  /documents/:id/edxml/status/:code     a status message (01, 03, 04, 05, 06) for a registered letter
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { config } from '../../config.ts';
import { STATUS_CODES } from '../../exchange/edxml/schema.ts';
import { exportPackage, maxPackageBytes, organsFromConfig, statusPackage } from '../../exchange/edxml/service.ts';
import { isBadInput } from '../../pipeline/errors.ts';
import { DocumentId } from '../../schemas/api.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';
import { documentationOnly, errors, json, labelPart, media } from '../openapi.ts';

const XML_TYPES = ['application/xml', 'text/xml', 'application/edxml+xml'];
const Params = z.strictObject({ id: DocumentId });
const StatusParams = z.strictObject({ id: DocumentId, code: z.enum(Object.keys(STATUS_CODES) as [keyof typeof STATUS_CODES]) });
const ExportQuery = z.object({ to: z.string().max(2000).optional().describe('receiving organs\' ids, comma-separated') });
labelPart(StatusParams, { code: 'invalid_status', what: 'status (codes 01, 03, 04, 05, 06)' });
/** The package as documented; the body parser below hands the handler its bytes. */
const PackageBody = documentationOnly(z.string().describe('an edXML package'));
const Received = z.object({ id: DocumentId, number: z.string().nullable(), warnings: z.array(z.string()) });
const xml = (description: string) => media(description, 'application/xml', z.string());

/** A package that breaks the standard or our schema is the client's error, said plainly. */
function badPackage(error: unknown): never {
  if (isBadInput(error)) throw new ApiError(422, 'invalid_edxml', error.message);
  throw error;
}

const organsOf = (deps: ApiDeps) => deps.edxml?.organs ?? organsFromConfig(config());

export function edxmlRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const maxBytes = maxPackageBytes(deps.limits?.maxFileBytes ?? config().maxFileBytes);
  app.addContentTypeParser(XML_TYPES, { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));

  const api = app.withTypeProvider<ZodTypeProvider>();
  const exportSchema = {
    operationId: 'exportEdxml',
    summary: 'The document as an edXML package (QCVN 102:2016); warnings in X-Edxml-Warnings',
    params: Params,
    querystring: ExportQuery,
    response: { 200: xml('the package'), ...errors(400, 404, 422, 500) },
  };
  api.get('/documents/:id/edxml', { config: { role: 'analyst' }, schema: exportSchema }, async (request, reply) => {
    const { id } = request.params;
    const { to } = request.query;
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

  const receiveSchema = {
    operationId: 'receiveEdxml',
    summary: 'Register an edXML package (application/xml) as an incoming letter',
    consumes: XML_TYPES,
    body: PackageBody,
    response: { 201: json('the registered letter', Received), ...errors(400, 413, 415, 422, 500, 503) },
  };
  api.post('/edxml', { config: { role: 'archivist' }, schema: receiveSchema }, async (request, reply) => {
    if (!deps.edxml) throw new ApiError(503, 'unavailable', 'this server does not receive edXML packages');
    if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'not_xml', `send the package as ${XML_TYPES.join(' or ')}`);
    try {
      const record = await deps.edxml.receive(request.body);
      return reply.code(201).send({ id: record.id, number: record.number, warnings: record.warnings });
    } catch (error) {
      badPackage(error);
    }
  });

  const statusSchema = {
    operationId: 'edxmlStatus',
    summary: 'A status message (01, 03, 04, 05, 06) for a registered letter',
    params: StatusParams,
    response: { 200: xml('the status package'), ...errors(400, 404, 422, 500) },
  };
  api.get('/documents/:id/edxml/status/:code', { config: { role: 'archivist' }, schema: statusSchema }, async (request, reply) => {
    const { id, code } = request.params;
    const record = await deps.store.getRecord(id);
    if (!record) throw new ApiError(404, 'not_found', `no registered letter ${id}`);
    try {
      return reply.type('application/xml; charset=utf-8').send(statusPackage(record, code, organsOf(deps)));
    } catch (error) {
      badPackage(error);
    }
  });
}
