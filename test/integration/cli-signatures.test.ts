// `vanthu extract` on signed PDFs, as a user runs it: the record lists each digital signature.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../schemas/record.ts';
import { makeChain, sign, tamper, unsignedSample } from '../helpers/signed-pdfs.ts';
import { runCli } from './helpers/cli.ts';

let dir: string;
const person = { commonName: 'Phạm Quang Thành', organisation: 'BỘ Y TẾ' };
const organ = { commonName: 'BỘ Y TẾ', organisation: 'BỘ Y TẾ' };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-signed-'));
  const chain = makeChain();
  const once = await sign(await unsignedSample(), chain.p12For(person), person);
  const twice = await sign(once, chain.p12For(organ), organ, new Date('2026-03-02T03:00:00Z'));
  await writeFile(path.join(dir, 'signed-twice.pdf'), twice);
  await writeFile(path.join(dir, 'tampered.pdf'), tamper(once));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('vanthu extract on digitally signed PDFs', () => {
  it('lists two valid signatures on a file signed twice, and an invalid digest on the tampered copy', async () => {
    const res = await runCli(['extract', path.join(dir, 'signed-twice.pdf'), path.join(dir, 'tampered.pdf')], process.env);
    expect(res.code, res.stderr).toBe(0);
    const [twice, tampered] = res.stdout.trim().split('\n').map((l) => DocumentRecord.parse(JSON.parse(l)));
    expect(twice!.signer?.name).toBe('Phạm Quang Thành');
    expect(twice!.signatures.map((s) => [s.signerName, s.digestMatches && s.signatureValid])).toEqual([
      ['Phạm Quang Thành', true],
      ['BỘ Y TẾ', true],
    ]);
    expect(twice!.signatures[0]!.matchesPrintedSigner).toBe(true);
    expect(tampered!.signatures).toHaveLength(1);
    expect(tampered!.signatures[0]!.digestMatches).toBe(false);
    expect(tampered!.warnings.join('\n')).toMatch(/changed after signing/);
  });
});
