// The `vanthu` command.
import { Command } from 'commander';
import { ConfigError } from '../config.ts';
import { extractCommand } from './extract.ts';

const program = new Command('vanthu').description('Vietnamese official documents: text, structured records, search');

program
  .command('extract')
  .description('extract a structured record from each file (PDF, DOCX, image) as JSON Lines')
  .argument('<files...>', 'files to process')
  .option('--pretty', 'indent the JSON for reading')
  .action(async (files: string[], options: { pretty?: boolean }) => {
    process.exitCode = await extractCommand(files, options);
  });

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`vanthu: ${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
