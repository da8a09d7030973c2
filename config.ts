// The only module that reads process.env. Every variable is validated here and every problem is
// reported at once, so a misconfigured deployment fails at start with one clear message.
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { z } from 'zod';

const require = createRequire(import.meta.url);

/** The Vietnamese traineddata shipped in the npm package: nothing is downloaded at run time. */
function bundledLangPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  /** Folder holding vie.traineddata(.gz); default: the @tesseract.js-data/vie package. */
  VANTHU_OCR_LANG_PATH: z.string().min(1).optional(),
  /** Set to "false" when VANTHU_OCR_LANG_PATH holds plain vie.traineddata (e.g. Debian's tessdata). */
  VANTHU_OCR_LANG_GZIP: z.enum(['true', 'false']).default('true'),
  /** OCR workers kept alive; default one per core. */
  VANTHU_OCR_WORKERS: positiveInt.optional(),
  /** Page OCR engine: tesseract.js (default, no system binary) or the native tesseract CLI. */
  VANTHU_OCR_ENGINE: z.enum(['tesseract.js', 'native']).default('tesseract.js'),
  /** The traineddata in VANTHU_OCR_LANG_PATH: vie, or Debian's script model Vietnamese (tesseract-ocr-script-viet). */
  VANTHU_OCR_MODEL: z.string().regex(/^[A-Za-z_]+$/, 'a traineddata name').default('vie'),
  /** Resolution at which image-only PDF pages are rendered for OCR. */
  VANTHU_OCR_DPI: positiveInt.max(600).default(300),
  /** Largest file accepted, in MiB. */
  VANTHU_MAX_FILE_MB: positiveInt.default(50),
  /** The real-document corpus used by the golden tests and the evaluation. */
  VANTHU_CORPUS_DIR: z.string().min(1).optional(),
  VANTHU_REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** Redis Cluster seed nodes "host:port,host:port" (instead of VANTHU_REDIS_URL); prefixes then need a {hash tag}. */
  VANTHU_REDIS_CLUSTER_NODES: z.string().regex(/^[\w.-]+:\d{1,5}(?:,[\w.-]+:\d{1,5})*$/, 'host:port,host:port').optional(),
  VANTHU_ES_URL: z.string().url().default('http://127.0.0.1:9200'),
  /** Prefix of the Elasticsearch index and alias names (tests use their own). */
  VANTHU_ES_INDEX: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _').default('vanthu'),
  /** Prefix of the BullMQ queue keys in Redis (tests use their own). */
  VANTHU_QUEUE_PREFIX: z.string().min(1).default('vanthu'),
  /** PostgreSQL, the system of record: documents, records, corrections, users, sessions. */
  VANTHU_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .default('postgres://vanthu:vanthu@127.0.0.1:5432/vanthu'),
  /** Blob store of the originals (by sha256): a local folder, or one every machine mounts (NFS). */
  VANTHU_STORE_DIR: z.string().min(1).default(path.resolve(import.meta.dirname, '.data', 'store')),
  VANTHU_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  VANTHU_HOST: z.string().min(1).default('127.0.0.1'),
  /** Extract jobs run at once per worker process; default one per core. */
  VANTHU_EXTRACT_CONCURRENCY: positiveInt.optional(),
  VANTHU_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Secret signing the session cookie (at least 32 characters); default: a random one per process. */
  VANTHU_SESSION_SECRET: z.string().min(32).optional(),
  /** Hours a login session lasts without use. */
  VANTHU_SESSION_HOURS: positiveInt.max(24 * 30).default(12),
  /** Secure session cookie: "auto" = when the request came over https; "true" behind a TLS proxy. */
  VANTHU_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** edXML exchange (QCVN 102:2016): this office's organ id (mã định danh) and name, and a directory of others. */
  VANTHU_EDXML_ORGAN_ID: z.string().regex(/^[0-9A-Za-z]{1,10}(?:\.[0-9A-Za-z]{1,10}){0,3}$/, 'an organ id such as 000.00.00.G10').optional(),
  VANTHU_EDXML_ORGAN_NAME: z.string().min(1).max(200).optional(),
  /** "ID=Name;ID=Name": organs whose ids exports and imports resolve by name. */
  VANTHU_EDXML_ORGANS: z.string().regex(/^(?:\s*[0-9A-Za-z.]+\s*=[^;=]+(?:;|$))*\s*$/, 'entries ID=Name separated by ;').default(''),
}).superRefine((e, ctx) => {
  // BullMQ's scripts touch several keys of a queue at once: on a cluster they must share one slot.
  if (!e.VANTHU_REDIS_CLUSTER_NODES) return;
  if (!/\{[^}]+\}/.test(e.VANTHU_QUEUE_PREFIX)) {
    ctx.addIssue({ code: 'custom', path: ['VANTHU_QUEUE_PREFIX'], message: 'with VANTHU_REDIS_CLUSTER_NODES it needs a hash tag, e.g. {vanthu}' });
  }
});

export interface Config {
  ocr: { langPath: string; gzip: boolean; workers: number; dpi: number; engine: 'tesseract.js' | 'native'; model: string };
  maxFileBytes: number;
  corpusDir: string;
  redisUrl: string;
  elasticsearch: { url: string; index: string };
  queuePrefix: string;
  storeDir: string;
  databaseUrl: string;
  api: { port: number; host: string };
  extractConcurrency: number;
  logLevel: string;
  auth: { sessionSecret: string | null; sessionTtlSeconds: number; cookieSecure: 'auto' | boolean };
  edxml: { organId: string | null; organName: string | null; organs: string };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    ocr: {
      langPath: e.VANTHU_OCR_LANG_PATH ?? bundledLangPath(),
      gzip: e.VANTHU_OCR_LANG_GZIP === 'true',
      workers: e.VANTHU_OCR_WORKERS ?? Math.max(1, os.availableParallelism()),
      dpi: e.VANTHU_OCR_DPI,
      engine: e.VANTHU_OCR_ENGINE,
      model: e.VANTHU_OCR_MODEL,
    },
    maxFileBytes: e.VANTHU_MAX_FILE_MB * 1024 * 1024,
    corpusDir: e.VANTHU_CORPUS_DIR ?? path.resolve(import.meta.dirname, '..', 'shared', 'corpus'),
    // workers/redis.ts opens a Cluster for this form.
    redisUrl: e.VANTHU_REDIS_CLUSTER_NODES ? `redis-cluster://${e.VANTHU_REDIS_CLUSTER_NODES}` : e.VANTHU_REDIS_URL,
    elasticsearch: { url: e.VANTHU_ES_URL, index: e.VANTHU_ES_INDEX },
    queuePrefix: e.VANTHU_QUEUE_PREFIX,
    storeDir: e.VANTHU_STORE_DIR,
    databaseUrl: e.VANTHU_DATABASE_URL,
    api: { port: e.VANTHU_PORT, host: e.VANTHU_HOST },
    extractConcurrency: e.VANTHU_EXTRACT_CONCURRENCY ?? Math.max(1, os.availableParallelism()),
    logLevel: e.VANTHU_LOG_LEVEL,
    auth: {
      sessionSecret: e.VANTHU_SESSION_SECRET ?? null,
      sessionTtlSeconds: e.VANTHU_SESSION_HOURS * 3600,
      cookieSecure: e.VANTHU_COOKIE_SECURE === 'auto' ? 'auto' : e.VANTHU_COOKIE_SECURE === 'true',
    },
    edxml: { organId: e.VANTHU_EDXML_ORGAN_ID ?? null, organName: e.VANTHU_EDXML_ORGAN_NAME ?? null, organs: e.VANTHU_EDXML_ORGANS },
  };
}

let cached: Config | undefined;
/** The process-wide configuration, read once. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
