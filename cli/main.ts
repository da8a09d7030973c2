// The `vanthu` command.
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError } from '../config.ts';
import { calendarDate } from '../schemas/api.ts';
import { ServiceUnavailableError } from '../workers/errors.ts';
import { extractCommand } from './extract.ts';

const program = new Command('vanthu').description('Vietnamese official documents: text, structured records, search');

const isoDay = (value: string): string => {
  const parsed = calendarDate.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0]?.message ?? 'must be a date written YYYY-MM-DD');
  return value;
};

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
};

program
  .command('extract')
  .description('extract a structured record from each file (PDF, DOCX, image) as JSON Lines')
  .argument('<files...>', 'files to process')
  .option('--pretty', 'indent the JSON for reading')
  .action(async (files: string[], options: { pretty?: boolean }) => {
    process.exitCode = await extractCommand(files, options);
  });

program
  .command('ingest')
  .description('store and queue documents (files or folders, recursive), wait until each is indexed or failed, print a summary')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print the summary as JSON: {"indexed","duplicates","failed":[{"file","reason"}]}')
  .option('--no-local-workers', 'only queue the documents; never start workers in this process, do not wait')
  .option('--verbose', 'show the logs of workers started in this process')
  .action(async (paths: string[], options: { json?: boolean; localWorkers?: boolean; verbose?: boolean }) => {
    // edXML packages (QCVN 102:2016) are received as incoming letters (cli/edxml.ts).
    const edxml = paths.filter((p) => /\.edxml$/i.test(p));
    if (edxml.length) process.exitCode = await (await import('./edxml.ts')).ingestEdxmlCommand(edxml, options);
    if (edxml.length === paths.length) return;
    const { ingestCommand } = await import('./ingest.ts');
    process.exitCode = Math.max(Number(process.exitCode ?? 0), await ingestCommand(paths.filter((p) => !edxml.includes(p)), options));
  });

program
  .command('export')
  .description('write a document as an edXML package (QCVN 102:2016) on stdout: a stored document id, or a file extracted now')
  .argument('<target>', 'document id (64 hex) or file')
  .requiredOption('--edxml', 'the edXML format (the only one so far)')
  .option('--to <ids>', 'organ ids to address, comma-separated (default: the recipients VANTHU_EDXML_ORGANS names)')
  .action(async (target: string, options: { to?: string }) => {
    process.exitCode = await (await import('./edxml.ts')).exportEdxmlCommand(target, options);
  });

program
  .command('edxml-status')
  .description('an edXML status message for a registered letter: 01 đã đến, 03 tiếp nhận, 04 phân công, 05 đang xử lý, 06 hoàn thành')
  .argument('<id>', 'document id')
  .argument('<code>', 'status code')
  .option('--department <name>', 'the department handling it')
  .option('--staff <name>', 'the person handling it')
  .action(async (id: string, code: string, options: { department?: string; staff?: string }) => {
    process.exitCode = await (await import('./edxml.ts')).edxmlStatusCommand(id, code, options);
  });

program
  .command('watch')
  .description('ingest files dropped into DIR until SIGINT/SIGTERM; each moves to DIR/done/ or DIR/failed/ (with NAME.reason.txt)')
  .argument('<dir>', 'the folder to watch')
  .option('--poll <ms>', 'how often to look (default 1000)', positiveInt)
  .option('--stable <ms>', 'how long a file must not change before it is taken (default 2000)', positiveInt)
  .option('--no-local-workers', 'never start workers in this process (rely on `vanthu worker`)')
  .action(async (dir: string, o: { poll?: number; stable?: number; localWorkers?: boolean }) => {
    process.exitCode = await (await import('./watch.ts')).watchCommand(dir, { ...(o.poll ? { pollMs: o.poll } : {}), ...(o.stable ? { stableMs: o.stable } : {}), ...(o.localWorkers === false ? { localWorkers: false } : {}) });
  });

program
  .command('worker')
  .description('run the queue workers (extract, index) until SIGINT/SIGTERM; jobs in flight finish first')
  .option('--queues <names>', 'comma-separated queues to work on (default: extract,index)')
  .option('--lock-duration <ms>', 'job lock duration; a dead worker\'s jobs are retried after about this long', positiveInt)
  .option('--stalled-interval <ms>', 'how often to look for jobs of dead workers', positiveInt)
  .action(async (options: { queues?: string; lockDuration?: number; stalledInterval?: number }) => {
    const { workerCommand } = await import('./worker.ts');
    process.exitCode = await workerCommand(options);
  });

program
  .command('search')
  .description('search the indexed documents (accents optional)')
  .argument('<query>', 'words to look for')
  .option('--doc-type <type>', 'only this document type (e.g. "Công văn")')
  .option('--issuer <issuer>', 'only this issuing body')
  .option('--from <date>', 'issued on or after YYYY-MM-DD')
  .option('--to <date>', 'issued on or before YYYY-MM-DD')
  .option('--size <n>', 'hits per page', positiveInt)
  .option('--page <n>', 'page, from 1', positiveInt)
  .option('--json', 'print {"total","hits":[{"id","number","subject","score","highlight"}]}')
  .action(async (query: string, options: Record<string, unknown>) => {
    const { searchCommand } = await import('./search.ts');
    process.exitCode = await searchCommand(query, options);
  });

program
  .command('obligations')
  .description('the tracked obligations (who must do what by when), soonest due first')
  .option('--due-before <date>', 'falls due on or before YYYY-MM-DD', isoDay)
  .option('--due-after <date>', 'falls due on or after YYYY-MM-DD', isoDay)
  .option('--assignee <words>', 'assignee name words, accents optional ("so y te")')
  .option('--status <status>', 'open, overdue or fulfilled', (v: string) => {
    if (!['open', 'overdue', 'fulfilled'].includes(v)) throw new InvalidArgumentError('must be open, overdue or fulfilled');
    return v;
  })
  .option('--size <n>', 'how many to list', positiveInt)
  .option('--json', 'print {"total","counts","items":[...]} as JSON')
  .action(async (options: Record<string, unknown>) => {
    const { obligationsCommand } = await import('./obligations.ts');
    process.exitCode = await obligationsCommand(options);
  });

program
  .command('reindex')
  .description('drop the search index and rebuild it from the store')
  .option('--json', 'print {"indexed","count","ms"}')
  .action(async (options: { json?: boolean }) => {
    const { reindexCommand } = await import('./reindex.ts');
    process.exitCode = await reindexCommand(options);
  });

program
  .command('serve')
  .description('run the HTTP API')
  .option('--port <port>', 'port to listen on (default: VANTHU_PORT or 3000)', (v) => {
    const port = Number(v);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('a port is a whole number from 1 to 65535');
    return port;
  })
  .action(async (options: { port?: number }) => {
    const { serveCommand } = await import('./serve.ts');
    await serveCommand(options);
  });

const users = program.command('users').description('users of the API and web app (roles: analyst, archivist, admin)');
users
  .command('add')
  .description('create a user and print a new API key (send it as Authorization: Bearer KEY)')
  .argument('<name>', 'user name (letters, digits, . _ @ -)')
  .requiredOption('--role <role>', 'analyst (read), archivist (also upload and correct) or admin (also users and queues)')
  .option('--password <password>', 'also let the user log in to the web app (at least 8 characters)')
  .action(async (name: string, options: { role: string; password?: string }) => {
    const { usersCommand } = await import('./users.ts');
    process.exitCode = await usersCommand('add', [name], options);
  });
for (const [action, args, description] of [
  ['list', [], 'list the users and their roles'],
  ['remove', ['<name>'], 'remove a user (their key and sessions stop working)'],
  ['key', ['<name>'], 'print a new API key for the user; the old one stops working'],
  ['password', ['<name>', '<password>'], "set the user's password"],
  ['role', ['<name>', '<role>'], "change the user's role"],
] as const) {
  const cmd = users.command(action).description(description);
  for (const a of args) cmd.argument(a);
  if (action === 'list') cmd.option('--json', 'print JSON');
  cmd.action(async (...params: unknown[]) => {
    const { usersCommand } = await import('./users.ts');
    const given = params.slice(0, args.length) as string[];
    process.exitCode = await usersCommand(action, given, (params[args.length] ?? {}) as { json?: boolean });
  });
}

program
  .command('migrate')
  .description('bring the PostgreSQL schema up to date, create the versioned search index, import an earlier JSON store (idempotent)')
  .option('--from <dir>', 'the JSON store to import (default: VANTHU_STORE_DIR)')
  .option('--json', 'print {"documents","indexed","imported"}')
  .action(async (options: { from?: string; json?: boolean }) => {
    const { migrateCommand } = await import('./migrate.ts');
    process.exitCode = await migrateCommand(options);
  });

program
  .command('reprocess')
  .description('extract documents again with this pipeline; corrections are kept, the record notes the new pipeline version')
  .argument('[ids...]', 'document ids (sha256)')
  .option('--all', 'every document')
  .option('--before-version <n>', 'records made by a pipeline older than version N', positiveInt)
  .option('--json', 'print {"queued","missing","pipelineVersion"}')
  .action(async (ids: string[], options: { all?: boolean; beforeVersion?: number; json?: boolean }) => {
    const { reprocessCommand } = await import('./reprocess.ts');
    process.exitCode = await reprocessCommand(ids, options);
  });

program
  .command('recover')
  .description('after Redis lost its queues: queue documents with no record (extract) or missing from the index (index)')
  .option('--json', 'print {"extract","index"}')
  .action(async (options: { json?: boolean }) => {
    const { recoverCommand } = await import('./recover.ts');
    process.exitCode = await recoverCommand(options);
  });

try {
  await program.parseAsync();
} catch (error) {
  const expected = error instanceof ConfigError || error instanceof ServiceUnavailableError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`vanthu: ${expected ? message : `error: ${message}`}\n`);
  process.exitCode = 2;
}
