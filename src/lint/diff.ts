/**
 * `diffPacks`: what a translator needs to see between two packs of the same content, e.g. the
 * English pack and its Spanish translation. Items are matched by id (by region code, by a gap's
 * topic, by a safety rule's question), wherever they are listed, so a reordered list is no change.
 */
import { formatPath } from '../schema/parse.js';
import { isObj, obj, str, type Obj, type Path } from './read.js';

export interface DiffFinding {
  kind: 'only-in-a' | 'only-in-b' | 'untranslated' | 'placeholders';
  /** In the first pack for `only-in-a`, else in the second. */
  path: string;
  message: string;
}

/** What the items of a list are called, by the list's key. */
const KINDS: Record<string, string> = {
  sources: 'source',
  groups: 'sign group',
  signs: 'sign',
  items: 'cause',
  tracks: 'track',
  steps: 'step',
  quizzes: 'quiz',
  questions: 'question',
  bands: 'band',
  lines: 'hotline',
  gaps: 'gap message',
  safety: 'safety rule',
};
/** The field an item is matched by, by its list's key (`id` for the rest). */
const MATCH_BY: Record<string, string> = { gaps: 'topic', safety: 'question' };
/** Lists of ids that reference other items. */
const REFERENCES: Record<string, string> = {
  sources: 'source',
  relatedSteps: 'coping step',
  steps: 'coping step',
  causes: 'cause',
  topics: 'hotline topic',
  relationships: 'relationship',
  languages: 'language',
};
/** Strings that are the same in every language: codes, numbers, addresses, references, names. */
const SAME_EVERYWHERE = new Set([
  '$schema',
  'id',
  'locale',
  'direction',
  'version',
  'updated',
  'date',
  'reviewer',
  'lang',
  'url',
  'chat',
  'dial',
  'display',
  'keyword',
  'topic',
  'question',
  'sign',
  'defaultRegion',
]);
const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

const placeholders = (value: unknown): Set<string> => {
  const found = new Set<string>();
  const strings =
    typeof value === 'string' ? [value] : Object.values(obj(value) ?? {}).filter((v) => typeof v === 'string');
  for (const text of strings) for (const [name] of (text as string).matchAll(/\{[A-Za-z_]\w*\}/g)) found.add(name);
  return found;
};

/** Text a translator leaves as it is: no words, only placeholders, an address, a number, a code. */
function languageFree(text: string): boolean {
  const rest = text.replace(/\{[A-Za-z_]\w*\}/g, '');
  if (/^\s*(?:https?:\/\/|mailto:|tel:|sms:|www\.)\S*\s*$/i.test(rest)) return true;
  if (/^\s*\S+@\S+\.\S+\s*$/.test(rest)) return true;
  // No lowercase letter: digits and signs ("24/7", "+1 800 …"), or an acronym ("TTY {number}").
  return !/\p{Ll}/u.test(rest);
}

/**
 * A name: a hotline's, a region's, the directory's label, a source's title or publisher. Names are
 * often the same in both languages ("Samaritans", "Australia"), so they are not called untranslated.
 */
function isName(path: Path): boolean {
  const [top, second, , fourth, , sixth] = path;
  if (top === 'meta' && second === 'sources') return fourth === 'title' || fourth === 'publisher';
  if (top !== 'hotlines') return false;
  if (second === 'elsewhere') return path[2] === 'label';
  return path.length === 4 ? fourth === 'name' : fourth === 'lines' && sixth === 'name';
}

const language = (pack: unknown) =>
  str(obj(obj(pack)?.meta)?.locale)
    ?.split('-')[0]
    ?.toLowerCase();

/**
 * Compares two packs (parsed JSON, of any shape: what does not match is skipped; never throws).
 * Reports items (by id) and UI strings present in only one of them, strings identical in both
 * (likely untranslated; only when the packs' languages differ), and strings whose `{placeholders}`
 * differ.
 */
export function diffPacks(a: unknown, b: unknown): DiffFinding[] {
  const findings: DiffFinding[] = [];
  const translated = language(a) !== language(b);

  const only = (inA: boolean, path: Path, what: string) =>
    findings.push({
      kind: inA ? 'only-in-a' : 'only-in-b',
      path: formatPath(path),
      message: `${what} is only in the ${inA ? 'first' : 'second'} pack`,
    });

  const strings = (x: unknown, y: unknown, pathB: Path, key: string | undefined) => {
    const inA = placeholders(x);
    const inB = placeholders(y);
    const missing = [...inA].filter((name) => !inB.has(name));
    const extra = [...inB].filter((name) => !inA.has(name));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [
        missing.length > 0 ? `missing ${missing.join(', ')}` : '',
        extra.length > 0 ? `has ${extra.join(', ')}, which the first pack does not` : '',
      ].filter(Boolean);
      findings.push({
        kind: 'placeholders',
        path: formatPath(pathB),
        message: `Placeholders differ: ${parts.join('; ')}`,
      });
    }
    if (!translated || key === undefined || SAME_EVERYWHERE.has(key) || isName(pathB)) return;
    const pairs: [string | undefined, string | undefined, Path][] =
      typeof x === 'string' || typeof y === 'string'
        ? [[str(x), str(y), pathB]]
        : [...PLURAL_FORMS].map((form) => [str(obj(x)?.[form]), str(obj(y)?.[form]), [...pathB, form]]);
    for (const [textA, textB, path] of pairs) {
      if (textA === undefined || textA !== textB || languageFree(textA)) continue;
      findings.push({
        kind: 'untranslated',
        path: formatPath(path),
        message: `Same text in both packs, likely untranslated: “${textA.length > 60 ? `${textA.slice(0, 57)}…` : textA}”`,
      });
    }
  };

  const lists = (x: unknown[], y: unknown[], pathA: Path, pathB: Path, key: string | undefined) => {
    const field = (key !== undefined && MATCH_BY[key]) || 'id';
    const keyed = (list: unknown[]) => list.some((item) => typeof obj(item)?.[field] === 'string');
    if (keyed(x) || keyed(y)) {
      const kind = (key !== undefined && KINDS[key]) || 'item';
      const index = (list: unknown[]) => {
        const map = new Map<string, number>();
        list.forEach((item, i) => {
          const id = obj(item)?.[field];
          if (typeof id === 'string' && !map.has(id)) map.set(id, i);
        });
        return map;
      };
      const inA = index(x);
      const inB = index(y);
      for (const [id, i] of inA) {
        const j = inB.get(id);
        if (j === undefined) only(true, [...pathA, i], `${capital(kind)} "${id}"`);
        else walk(x[i], y[j], [...pathA, i], [...pathB, j], key);
      }
      for (const [id, j] of inB) if (!inA.has(id)) only(false, [...pathB, j], `${capital(kind)} "${id}"`);
      return;
    }
    const reference = key !== undefined ? REFERENCES[key] : undefined;
    if (reference && [...x, ...y].every((item) => typeof item === 'string')) {
      const setA = new Set(x as string[]);
      const setB = new Set(y as string[]);
      for (const id of setA) if (!setB.has(id)) only(true, pathA, `The ${reference} "${id}" listed here`);
      for (const id of setB) if (!setA.has(id)) only(false, pathB, `The ${reference} "${id}" listed here`);
      return;
    }
    // Lists without ids (tips, feedback, the scale): item by item; a translation may have more or fewer.
    for (let i = 0; i < Math.min(x.length, y.length); i += 1) walk(x[i], y[i], [...pathA, i], [...pathB, i], key);
  };

  const walk = (x: unknown, y: unknown, pathA: Path, pathB: Path, key: string | undefined): void => {
    const text = (value: unknown) => typeof value === 'string' || isObj(value);
    if (typeof x === 'string' || typeof y === 'string') {
      if (text(x) && text(y)) strings(x, y, pathB, key);
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) return lists(x, y, pathA, pathB, key);
    if (!isObj(x) || !isObj(y)) return;
    if (Object.keys(x).every((name) => PLURAL_FORMS.has(name)) && typeof x.other === 'string') {
      return strings(x, y, pathB, key);
    }
    const regions = pathA.length === 2 && pathA[0] === 'hotlines' && pathA[1] === 'regions';
    const ui = pathA[0] === 'ui';
    for (const name of Object.keys(x)) {
      if (Object.hasOwn(y, name)) walk(x[name], y[name], [...pathA, name], [...pathB, name], name);
      else if (regions) only(true, [...pathA, name], `Region ${name}`);
      else if (ui) only(true, [...pathA, name], `The UI string ${formatPath([...pathA, name])}`);
    }
    for (const name of Object.keys(y)) {
      if (Object.hasOwn(x, name)) continue;
      if (regions) only(false, [...pathB, name], `Region ${name}`);
      else if (ui) only(false, [...pathB, name], `The UI string ${formatPath([...pathB, name])}`);
    }
  };

  if (isObj(a) && isObj(b)) walk(a as Obj, b as Obj, [], [], undefined);
  return findings;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
