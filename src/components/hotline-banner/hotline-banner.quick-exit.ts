import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The banner's quick exit: the controller that leaves the page by link or by Shift pressed three times. */

/** Presses of Shift that leave the page, and the window they must fall in. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/**
 * Leaves for `url` without leaving this page in the history (Back will not return to it). In an
 * embed (an iframe) the whole page leaves, not only the frame: the article around it must not stay
 * on screen. Where the frame may not navigate the page (sandboxed, or refused), the frame leaves.
 */
export function leavePage(url: string, win: Window = window): void {
  const top = win.top;
  if (top && top !== win) {
    try {
      top.location.replace(url);
    } catch {
      // the frame itself still leaves, below
    }
  }
  win.location.replace(url);
}

/** Where a quick exit goes when the one asked for cannot be used: a plain search page. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

const warned = new Set<string>();

/**
 * The https URL a `quick-exit` value leaves for. A publisher who asked for a quick exit always gets
 * one: `http://` is upgraded, a bare `www.example.org/page` gets `https://`, spaces are trimmed, and
 * anything else (`javascript:`, a typo) leaves for `DEFAULT_EXIT_URL`, with a console warning.
 * `undefined` only when no quick exit was asked for.
 */
export function exitUrl(value: string | undefined | null, tag: string): string | undefined {
  const asked = value?.trim();
  if (!asked) return undefined;
  const candidate = /^http:\/\//i.test(asked)
    ? `https://${asked.slice(7)}`
    : /^[\w-]+(\.[\w-]+)+([/?#]\S*)?$/.test(asked)
      ? `https://${asked}`
      : asked;
  try {
    const url = new URL(candidate);
    if (url.protocol === 'https:' && url.hostname) return url.href;
  } catch {
    // not a URL: the default below
  }
  if (!warned.has(asked)) {
    warned.add(asked);
    console.warn(
      `<${tag}>: quick-exit="${asked}" is not an https: URL, so the quick exit leaves for ${DEFAULT_EXIT_URL}.`,
    );
  }
  return DEFAULT_EXIT_URL;
}

/** Removes everything the widgets stored (with `persist`): a reader who fled leaves no answers behind. */
export function forgetStoredAnswers(storage: Storage = localStorage): void {
  try {
    for (const key of Object.keys(storage)) if (key.startsWith('trust-widgets:')) storage.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours.
  }
}

/**
 * The banners listening for Shift, in the order they started: only the first whose shortcut is on
 * counts, so with two banners on a page each press is said once and one banner leaves.
 */
const listeners: QuickExitController[] = [];

export interface QuickExitHost extends ReactiveControllerHost, HTMLElement {
  /** The https URL to leave for, or undefined when quick exit is off. */
  readonly quickExitUrl: string | undefined;
  /** `off`: no Shift shortcut (the link stays), e.g. for screen-reader users whose reader uses Shift. */
  readonly shortcut?: string | undefined;
  /** Shows the cover at once (synchronously). */
  showExitCover(): void;
  /** Removes the cover (the page came back from the back/forward cache). */
  hideExitCover(): void;
}

const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/**
 * Whether a key press lands in a field the reader types into (a text input, a textarea, an editable
 * region), in the page or in a widget's shadow root. Shift alone there is part of typing (NVDA and
 * some keyboards use it too), so it never counts toward the quick exit: three presses must not
 * leave the page and lose what was typed. The quick-exit link stays one Tab away.
 */
function isTextField(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Quick exit, as GOV.UK's "Exit this page" but without leaving the page in history: the link or
 * three Shift presses within five seconds cover the page at once and leave with
 * `location.replace`. A press is Shift pressed and released on its own: Shift used with another
 * key (Shift+Tab, a capital letter) is not one, nor is Shift in a text field, so moving back
 * through the page or typing never leaves it. The host's `shortcut="off"` leaves only the link.
 * Listeners live only while the host is connected and quick exit is on.
 */
export class QuickExitController implements ReactiveController {
  /** Shift presses still needed, or undefined when no count is running. */
  remaining: number | undefined;
  private presses: number[] = [];
  private listening = false;
  /** Shift is down and no other key has been pressed since. */
  private shiftAlone = false;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: QuickExitHost,
    /** Navigation, replaceable in tests that must not leave the test page. */
    private readonly navigate: (url: string) => void = (url) => leavePage(url),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Leaves now: covers the page, forgets what the widgets stored, then replaces the history entry. */
  exit(): void {
    const url = this.host.quickExitUrl;
    if (!url) return;
    this.host.showExitCover();
    forgetStoredAnswers();
    this.navigate(url);
  }

  private sync(): void {
    if (this.host.quickExitUrl && this.host.isConnected) this.start();
    else this.stop();
  }

  private start(): void {
    if (this.listening) return;
    this.listening = true;
    listeners.push(this);
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  private stop(): void {
    if (!this.listening) return;
    this.listening = false;
    listeners.splice(listeners.indexOf(this), 1);
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    window.removeEventListener('pageshow', this.onPageShow);
    this.shiftAlone = false;
    this.clearCount();
  }

  private clearCount(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = undefined;
    this.presses = [];
    if (this.remaining !== undefined) {
      this.remaining = undefined;
      this.host.requestUpdate();
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || isTextField(event.composedPath()[0])) this.shiftAlone = false;
    else if (!event.repeat) this.shiftAlone = true;
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || !this.shiftAlone || listeners.find((l) => l.host.shortcut !== 'off') !== this) return;
    this.shiftAlone = false;
    const now = event.timeStamp || performance.now();
    this.presses = [...this.presses.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (this.presses.length >= SHIFT_PRESSES) {
      this.clearCount();
      this.exit();
      return;
    }
    this.remaining = SHIFT_PRESSES - this.presses.length;
    this.host.requestUpdate();
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => this.clearCount(), SHIFT_WINDOW_MS - (now - this.presses[0]!));
  };

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) {
      this.clearCount();
      this.host.hideExitCover();
    }
  };
}
