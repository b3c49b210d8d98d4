// `trust-widgets lint [--strict] [--json] <pack.json>…`: safe-messaging and safety rules for content
// packs (src/lint/, built as dist/lint.js: the same rules the studio shows). Each finding has its
// rule id, severity, a one-line reason and the guideline it comes from. Errors fail the command;
// warnings fail it only with --strict.
import { readJsonFile } from './positions.mjs';

export const usage = `  trust-widgets lint [--strict] [--json] <pack.json> [more.json…]
      safe-messaging and safety rules; prints every finding as
      "file:line:column: severity id: message (guideline)", or with --json one JSON array of
      { file, line, column, id, severity, path, message, reason, guideline }; exits 1 on errors (with
      --strict also on warnings), 0 otherwise, 2 when a file cannot be read or is not JSON`;

const FLAGS = new Set(['--strict', '--json']);

/** Runs `lint`; resolves to the exit code (0 clean, 1 findings that fail, 2 usage or unreadable). */
export async function main(args) {
  const files = args.filter((arg) => !FLAGS.has(arg));
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (unknown || files.length === 0) {
    console.error(`${unknown ? `Unknown option ${unknown}` : 'lint needs at least one pack'}\n\nUsage:\n${usage}`);
    return 2;
  }
  const strict = args.includes('--strict');
  const json = args.includes('--json');
  const { lintPack } = await import('../dist/lint.js');
  const { parseContentPack } = await import('../dist/schema.js');
  const all = [];
  let unreadable = false;
  for (const file of files) {
    const read = await readJsonFile(file);
    if (read.error) {
      unreadable = true;
      console.error(
        read.line === undefined ? `${file}: ${read.error}` : `${file}:${read.line}:${read.column}: ${read.error}`,
      );
      continue;
    }
    const findings = lintPack(read.value);
    // The lint reads what it can of an invalid pack; the validator's problems are validate's to print.
    const parsed = parseContentPack(read.value);
    if (!parsed.ok) {
      const count = parsed.problems.length;
      findings.unshift({
        id: 'invalid-pack',
        severity: 'error',
        path: '',
        message: `The pack is not valid (${count} ${count === 1 ? 'problem' : 'problems'}): run trust-widgets validate ${file}`,
        reason: 'Only a valid pack is shown to readers; the lint checked what it could read.',
        guideline: 'trust-widgets content rules',
      });
    }
    const located = findings.map((finding) => ({ file, ...read.at(finding.path), ...finding }));
    all.push(...located);
    if (json) continue;
    if (located.length === 0) console.log(`${file}: no findings`);
    for (const { line, column, severity, id, message, guideline } of located) {
      console.log(`${file}:${line}:${column}: ${severity} ${id}: ${message} (${guideline})`);
    }
  }
  const errors = all.filter((finding) => finding.severity === 'error').length;
  const warnings = all.length - errors;
  if (json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  else if (all.length > 0) {
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const note = warnings > 0 && !strict ? ' (warnings fail only with --strict)' : '';
    console.log(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}${note}`);
  }
  if (unreadable) return 2;
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}
