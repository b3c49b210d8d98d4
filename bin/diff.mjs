// `trust-widgets diff [--json] <a.json> <b.json>`: what a translator needs to see between two packs
// (src/lint/diff.ts, built as dist/lint.js): ids in one pack and not the other, strings identical in
// both (likely untranslated) and {placeholders} that differ.
import { readJsonFile } from './positions.mjs';

export const usage = `  trust-widgets diff [--json] <a.json> <b.json>
      compare a pack with its translation; prints every finding as "file:line:column: kind path: message"
      (kind: only-in-a, only-in-b, untranslated, placeholders), or with --json one JSON array of
      { file, line, column, kind, path, message }; exits 1 when there are findings, 0 when none, 2 when a
      file cannot be read or is not JSON`;

/** Runs `diff`; resolves to the exit code (0 none, 1 findings, 2 usage or unreadable). */
export async function main(args) {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (unknown || files.length !== 2) {
    console.error(`${unknown ? `Unknown option ${unknown}` : 'diff needs two packs'}\n\nUsage:\n${usage}`);
    return 2;
  }
  const reads = await Promise.all(files.map((file) => readJsonFile(file)));
  let unreadable = false;
  reads.forEach((read, i) => {
    if (!read.error) return;
    unreadable = true;
    const at = read.line === undefined ? '' : `:${read.line}:${read.column}`;
    console.error(`${files[i]}${at}: ${read.error}`);
  });
  if (unreadable) return 2;
  const { diffPacks } = await import('../dist/lint.js');
  const [a, b] = reads;
  const findings = diffPacks(a.value, b.value).map((finding) => {
    const [file, read] = finding.kind === 'only-in-a' ? [files[0], a] : [files[1], b];
    return { file, ...read.at(finding.path), ...finding };
  });
  if (json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else if (findings.length === 0) console.log(`${files[0]} and ${files[1]}: no differences`);
  for (const { file, line, column, kind, path, message } of json ? [] : findings) {
    console.log(`${file}:${line}:${column}: ${kind} ${path || '(pack)'}: ${message}`);
  }
  return findings.length > 0 ? 1 : 0;
}
