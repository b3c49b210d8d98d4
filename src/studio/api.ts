/** The file as the studio server has it. */
export interface FileSnapshot {
  name: string;
  text: string;
  /** sha-256 of `text`: a save names the version it replaces, so an outside change is never overwritten unseen. */
  hash: string;
  writable: boolean;
}

export type SaveResult =
  | { ok: true; file: FileSnapshot }
  | { ok: false; conflict: true; file: FileSnapshot }
  | { ok: false; conflict: false; message: string; file?: FileSnapshot };

/** The per-session token the server wrote into the page: every API call carries it. */
const token = document.querySelector<HTMLMetaElement>('meta[name="trust-studio-token"]')?.content ?? '';
const headers = { 'x-studio-token': token };

export async function loadFile(): Promise<FileSnapshot> {
  const response = await fetch('/api/file', { headers, cache: 'no-store' });
  if (!response.ok) throw new Error(`The studio server answered ${response.status}`);
  return (await response.json()) as FileSnapshot;
}

/** The pack the studio was asked to compare with (`--compare`), if any: read-only. */
export async function loadCompare(): Promise<{ name: string; text: string } | undefined> {
  const response = await fetch('/api/compare', { headers, cache: 'no-store' });
  if (!response.ok) throw new Error(`The studio server answered ${response.status}`);
  const body = (await response.json()) as { name?: string; text?: string };
  return body.text === undefined ? undefined : { name: body.name ?? '', text: body.text };
}

export async function saveFile(text: string, base: string): Promise<SaveResult> {
  const response = await fetch('/api/file', {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ text, base }),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<FileSnapshot> & { message?: string };
  if (response.ok) return { ok: true, file: body as FileSnapshot };
  if (response.status === 409) return { ok: false, conflict: true, file: body as FileSnapshot };
  return {
    ok: false,
    conflict: false,
    message: body.message ?? `The studio server answered ${response.status}`,
    ...(body.text === undefined ? {} : { file: body as FileSnapshot }),
  };
}

/** Calls `onFile` with the file as it is now and after every change on disk (Server-Sent Events). */
export function watchFile(onFile: (file: FileSnapshot) => void, onLost: () => void): EventSource {
  const events = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  events.addEventListener('file', (event) => onFile(JSON.parse((event as MessageEvent<string>).data) as FileSnapshot));
  events.addEventListener('error', onLost);
  return events;
}
