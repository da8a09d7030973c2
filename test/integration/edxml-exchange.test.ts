// edXML through the API and the CLI, on a real system of record: POST /edxml registers a
// package's attachment, GET /documents/:id/edxml and `vanthu export --edxml ID` write it back,
// status messages answer it, and invalid or unsafe packages are refused with the reason.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, runtimeApiDeps } from '../../api/server.ts';
import { createEdxmlReceiver } from '../../exchange/edxml/receiver.ts';
import { DocumentPackage, StatusPackage } from '../../exchange/edxml/schema.ts';
import { exportPackage } from '../../exchange/edxml/service.ts';
import { parseEdxml } from '../../exchange/edxml/xml.ts';
import { processDocument } from '../../pipeline/run.ts';
import { createTestAuth, type TestAuth } from './helpers/auth.ts';
import { runCli } from './helpers/cli.ts';
import { createQueueTestEnv, type QueueTestEnv } from './helpers/queue-env.ts';
import { ensureServices } from './helpers/services.ts';

const SAMPLE = path.resolve(import.meta.dirname, '..', '..', 'samples', 'congdien-byt-05-cd.pdf');
const OTHER = path.resolve(import.meta.dirname, '..', '..', 'samples', 'thongbao-syt-nghean-215.pdf');
const organs = { self: { id: '000.00.00.G10', name: 'Bộ Y tế' }, directory: [] };
const ENV = { VANTHU_EDXML_ORGAN_ID: '000.00.00.H40', VANTHU_EDXML_ORGAN_NAME: 'Sở Y tế Nghệ An' };

let env: QueueTestEnv;
let auth: TestAuth;
let app: FastifyInstance;
let packageXml: string;
let id: string;

beforeAll(async () => {
  await ensureServices();
  env = await createQueueTestEnv('edxml-api');
  await env.rt.searchIndex.migrate();
  auth = await createTestAuth(env.rt.users);
  const { rt } = env;
  const edxml = createEdxmlReceiver({ blobs: rt.sor.blobs, records: rt.records, documents: rt.documents, indexing: rt.indexing, pipeline: rt.pipeline, organs });
  app = await buildServer(runtimeApiDeps(rt, { users: auth.users, edxml }));
  const bytes = await readFile(SAMPLE);
  const record = await processDocument({ name: 'congdien.pdf', bytes }, rt.pipeline);
  id = record.id;
  packageXml = exportPackage(record, bytes, organs, ['000.00.00.H40']).xml;
}, 300_000);
afterAll(async () => {
  await app?.close();
  await auth?.cleanup();
  await env?.cleanup();
});

const post = (payload: string, role: 'archivist' | 'analyst' = 'archivist') =>
  app.inject({ method: 'POST', url: '/edxml', payload, headers: { ...auth.as(role), 'content-type': 'application/xml' } });

describe('POST /edxml', () => {
  it('registers the attachment as an incoming letter with the header as evidence', async () => {
    const res = await post(packageXml);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id, number: '05/CĐ-BYT' });
    const record = await env.rt.store.getRecord(id);
    expect(record?.edxml).toMatchObject({ from: { organId: '000.00.00.G10' }, evidence: { number: 'MessageHeader/Code', subject: 'MessageHeader/Subject' } });
    expect((await env.rt.searchIndex.getRecord(id))?.number).toBe('05/CĐ-BYT');
  });

  it('refuses an invalid or unsafe package with the reason, and an analyst', async () => {
    const invalid = await post(packageXml.replace(/<edXML:Subject>[^<]*<\/edXML:Subject>/, ''));
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().message).toMatch(/MessageHeader\/Subject/);
    const xxe = await post(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`);
    expect(xxe.statusCode).toBe(422);
    expect(xxe.json().message).toMatch(/DTD/);
    expect((await post(packageXml, 'analyst')).statusCode).toBe(403);
  });

  it('warns for review when the header and the attachment disagree', async () => {
    const bytes = await readFile(OTHER);
    const record = await processDocument({ name: 'tb.pdf', bytes }, env.rt.pipeline);
    const xml = exportPackage(record, bytes, organs, ['000.00.00.H40']).xml.replace('<edXML:CodeNumber>215<', '<edXML:CodeNumber>251<');
    const res = await post(xml);
    expect(res.statusCode).toBe(201);
    expect(res.json().number).toBe('251/TB-SYT');
    expect(res.json().warnings).toContain('edXML header and attachment disagree on number: the header says "251/TB-SYT", the attachment reads "215/TB-SYT"');
  });
});

describe('GET /documents/:id/edxml and status messages', () => {
  it('writes the stored letter back as a valid package', async () => {
    const res = await app.inject({ method: 'GET', url: `/documents/${id}/edxml?to=000.00.00.G10`, headers: auth.as('analyst') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const pkg = parseEdxml(res.body, DocumentPackage, Number.MAX_SAFE_INTEGER);
    expect(pkg.edXMLEnvelope.edXMLHeader.MessageHeader.Code).toEqual({ CodeNumber: '05', CodeNotation: 'CĐ-BYT' });
  });

  it('answers a registered letter with status 03 (GET /documents/:id/edxml/status/03)', async () => {
    const res = await app.inject({ method: 'GET', url: `/documents/${id}/edxml/status/03`, headers: auth.as('archivist') });
    expect(res.statusCode, res.body).toBe(200);
    const status = parseEdxml(res.body, StatusPackage, 1e7).edXMLEnvelope.edXMLHeader.Status;
    expect(status).toMatchObject({ StatusCode: '03', ResponseFor: { OrganId: '000.00.00.G10', Code: '05/CĐ-BYT' } });
    expect((await app.inject({ method: 'GET', url: `/documents/${id}/edxml/status/02`, headers: auth.as('archivist') })).statusCode).toBe(400);
  });
});

describe('the CLI', () => {
  it('vanthu ingest FILE.edxml, export --edxml ID and edxml-status ID 01', async () => {
    const bytes = await readFile(OTHER);
    const record = await processDocument({ name: 'tb.pdf', bytes }, env.rt.pipeline);
    const file = path.join(env.storeDir, 'thongbao.edxml');
    await writeFile(file, exportPackage(record, bytes, organs, ['000.00.00.H40']).xml);
    const childEnv = { ...env.childEnv, ...ENV };
    const ingest = await runCli(['ingest', file, '--json'], childEnv);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ received: [{ id: record.id, number: '215/TB-SYT' }], failed: 0 });

    const exported = await runCli(['export', '--edxml', record.id, '--to', '000.00.00.G10'], childEnv);
    expect(exported.code, exported.stderr).toBe(0);
    expect(parseEdxml(exported.stdout, DocumentPackage, 1e8).edXMLEnvelope.edXMLHeader.MessageHeader.From.OrganId).toBe('000.00.00.H40');

    const status = await runCli(['edxml-status', record.id, '01', '--department', 'Văn phòng'], childEnv);
    expect(status.code, status.stderr).toBe(0);
    const s = parseEdxml(status.stdout, StatusPackage, 1e7).edXMLEnvelope.edXMLHeader.Status;
    expect(s).toMatchObject({ StatusCode: '01', From: { OrganId: '000.00.00.H40' }, ResponseFor: { OrganId: '000.00.00.G10', Code: '215/TB-SYT' } });

    const bad = await runCli(['ingest', path.join(env.storeDir, 'missing.edxml')], childEnv);
    expect(bad.code).toBe(1);
  }, 300_000);
});
