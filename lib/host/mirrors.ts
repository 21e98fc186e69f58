/**
 * Gate mirror hosts: which hosts serve Gate Square besides Gate's own, what a host needs to be
 * granted, and what the popup offers on the active tab. Pure: the browser's answers (granted or
 * not, what a probe of the page found) come in as arguments.
 */
import { GATE_EDITOR } from './selectors';
import { GATE_HOSTS } from './url';

/**
 * Hosts known to serve the same Square as www.gate.com, with the same paths and language prefixes
 * (writers in some regions only reach Gate this way). Source: /work/shared/DESIGN.md, "Facts about
 * the real Gate Square page", the Mirrors bullet (public sources, 2026). Gate adds and drops
 * mirrors: a host missing here is still offered when its page has Gate's composer (below).
 */
export const KNOWN_MIRRORS: readonly string[] = [
  'web.gate.it',
  'web.gateorigin.net',
  'www.gateweb3.net',
  'bi.live',
  'app.csrqoa.com',
  'gateioservicefront.com',
  'app.studiotv.net',
  'm.bxjddjt.com',
];

/**
 * Gate Square's composer as two publisher bots recorded it (DESIGN.md: `.editor-container… >
 * .editor-container-div[contenteditable="true"]`, plain class names, not build hashes). Only the
 * two ends of the chain are asked for, so a wrapper added or dropped in between still matches.
 */
export const GATE_COMPOSER_PROBE = GATE_EDITOR;

/** Gate's own hosts: the panel is declared there in the manifest, so they are never a mirror. */
export function isGateOwnHost(host: string): boolean {
  return (GATE_HOSTS as readonly string[]).includes(host.toLowerCase());
}

export function isKnownMirror(host: string): boolean {
  return KNOWN_MIRRORS.includes(host.toLowerCase());
}

/** The id of the content script the background registers on granted mirrors (Chrome). */
export const MIRROR_SCRIPT_ID = 'gate-mirrors';

/** The one origin pattern a mirror host is granted as. */
export function mirrorOrigin(host: string): string {
  return `https://${host}/*`;
}

export interface MirrorGrants {
  origins: string[];
  permissions?: 'scripting'[];
}

/**
 * What enabling a mirror asks the browser for: the host's origin, and on Chrome `scripting`, which
 * registers the content script there (entrypoints/background/extra-hosts.ts). `scripting` shows no
 * warning of its own; Firefox MV2 registers through `contentScripts` and needs nothing more.
 */
export function mirrorGrants(host: string, browser: 'chrome' | 'firefox'): MirrorGrants {
  return browser === 'firefox' ? { origins: [mirrorOrigin(host)] } : { origins: [mirrorOrigin(host)], permissions: ['scripting'] };
}

/**
 * What the active page can tell about itself, from the popup's probe for {@link GATE_COMPOSER_PROBE}:
 * - `unavailable`: the probe cannot run (Chrome without `scripting` granted) — nothing is guessed;
 * - `pending`: running; `found` / `absent`: its answer; `failed`: the browser refused (a store page,
 *   a PDF, a tab that navigated away).
 */
export type ProbeState = 'unavailable' | 'pending' | 'found' | 'absent' | 'failed';

export interface MirrorContext {
  /** The active tab's URL, when the popup can see it. */
  url: string | null | undefined;
  extraHosts: readonly string[];
  /** Whether the host's origin is granted (only asked when the URL is an https page). */
  granted: boolean;
  probe: ProbeState;
  /** The writer pressed "check this page": an `absent` answer is then said, not swallowed. */
  asked?: boolean;
}

/**
 * What the popup shows about the active tab's host:
 * - `none`: nothing to say (no page, not https, Gate itself, or a page the probe found no composer on
 *   unasked: most pages the popup opens on are not Gate, and saying so each time is noise);
 * - `offer`: "enable on this site", because the host is a known mirror, its page has Gate's composer,
 *   or the writer listed it and its permission is gone (`why`);
 * - `enabled`: listed and granted: "enabled on this site", reload, turn off;
 * - `check`: an https page we may not look into yet: "check this page" (the click grants the probe);
 * - `checking` / `unreadable`: the probe is running / the browser would not let it read the page.
 */
export type MirrorOffer =
  | { kind: 'none' }
  | { kind: 'offer'; host: string; why: 'known-mirror' | 'composer-found' | 'listed-not-granted' }
  | { kind: 'enabled'; host: string }
  | { kind: 'check'; host: string }
  | { kind: 'checking'; host: string }
  | { kind: 'unreadable'; host: string }
  | { kind: 'absent'; host: string };

/** The host of an https page, lower-case; null for anything else. */
export function httpsHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function mirrorOffer({ url, extraHosts, granted, probe, asked = false }: MirrorContext): MirrorOffer {
  const host = httpsHost(url);
  if (!host || isGateOwnHost(host)) return { kind: 'none' };
  const listed = extraHosts.includes(host);
  if (listed && granted) return { kind: 'enabled', host };
  if (listed) return { kind: 'offer', host, why: 'listed-not-granted' };
  if (isKnownMirror(host)) return { kind: 'offer', host, why: 'known-mirror' };
  switch (probe) {
    case 'found':
      return { kind: 'offer', host, why: 'composer-found' };
    case 'unavailable':
      return { kind: 'check', host };
    case 'pending':
      return { kind: 'checking', host };
    case 'failed':
      return { kind: 'unreadable', host };
    case 'absent':
      return asked ? { kind: 'absent', host } : { kind: 'none' };
  }
}

/** Whether the popup should probe this URL at all: an https page that is neither Gate nor already decided by the list. */
export function needsProbe(url: string | null | undefined, extraHosts: readonly string[]): boolean {
  const host = httpsHost(url);
  return host !== null && !isGateOwnHost(host) && !isKnownMirror(host) && !extraHosts.includes(host);
}

export type MirrorHostCheck = { ok: true; host: string } | { ok: false; problem: 'bad' | 'builtin'; host: string };

/**
 * A host the writer typed or the popup read, checked before anything is asked of the browser:
 * a host name, and not Gate itself (a second registration there would mean two panels).
 */
export function checkMirrorHost(input: string, isHostname: (host: string) => boolean): MirrorHostCheck {
  const host = input.trim().toLowerCase();
  if (!isHostname(host)) return { ok: false, problem: 'bad', host };
  if (isGateOwnHost(host)) return { ok: false, problem: 'builtin', host };
  return { ok: true, host };
}

/**
 * A mirror the popup asked for, remembered before the browser's prompt: the popup may close while
 * the prompt is up (it loses focus), and then the background finishes the job when the grant
 * arrives. Only a grant of that very host, soon after, counts.
 */
export interface PendingMirror {
  host: string;
  /** When the popup asked (ms since epoch). */
  at: number;
}

/** How long a pending request stays valid: the writer answers a prompt in seconds, not hours. */
export const PENDING_MIRROR_MS = 10 * 60_000;

/** The host to add to the settings after `added` origins were granted, if the grant is the one asked for. */
export function pendingMirrorGranted(pending: PendingMirror | null | undefined, added: readonly string[], now: number): string | null {
  if (!pending || now - pending.at > PENDING_MIRROR_MS || now < pending.at) return null;
  return added.includes(mirrorOrigin(pending.host)) && !isGateOwnHost(pending.host) ? pending.host : null;
}
