// The files named on the command line: files as given, folders walked recursively for the formats
// vanthu reads (hidden entries skipped, symlinked folders not followed, so no loops).
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp', '.bmp']);

export interface Collected {
  files: string[];
  /** Paths that could not be read, with the reason. */
  missing: { file: string; reason: string }[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      if (entry.isSymbolicLink() && !(await fs.stat(full).then((s) => s.isFile(), () => false))) continue;
      out.push(full);
    }
  }
}

export async function collectFiles(paths: string[]): Promise<Collected> {
  const files: string[] = [];
  const missing: Collected['missing'] = [];
  for (const p of paths) {
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) await walk(p, files);
      else files.push(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      missing.push({ file: p, reason: code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : String(error) });
    }
  }
  return { files: [...new Set(files)], missing };
}
