/**
 * Giving back the optional permissions the options page asked for: the origins of Gate mirror hosts
 * (asked when a host is added) and `notifications` (asked when deadline notices are turned on). A
 * reset returns the extension to a fresh install, and a fresh install holds neither.
 *
 * The browser's permissions API comes in as an argument, so the decision is testable without one.
 */

export interface Grants {
  permissions?: string[];
  origins?: string[];
}

/** The part of `browser.permissions` this needs. */
export interface PermissionsApi {
  getAll(): Promise<Grants>;
  remove(grants: Grants): Promise<boolean>;
}

/** The part of the manifest that says what is required (never removable) and what is optional. */
export interface ManifestGrants {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/**
 * Kept on reset although optional: Chrome's `scripting` (asked with the first mirror host) grants
 * nothing without a host's origin, and the background needs it to unregister the mirror content
 * script after a reset took the origins away (it learns of the reset only after this returns).
 */
const KEPT = new Set(['scripting']);

/**
 * What a reset gives back: every granted optional API permission but {@link KEPT}, and every
 * granted origin the manifest does not require (host permissions, content-script matches, and in
 * Firefox MV2 the origins listed among `permissions`). Pure.
 */
export function grantsToRevoke(granted: Grants, manifest: ManifestGrants): Required<Grants> {
  const required = new Set([
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ]);
  const optional = new Set(manifest.optional_permissions ?? []);
  return {
    permissions: (granted.permissions ?? []).filter((p) => optional.has(p) && !required.has(p) && !KEPT.has(p)),
    origins: (granted.origins ?? []).filter((origin) => !required.has(origin)),
  };
}

export interface Revoked {
  revoked: Required<Grants>;
  /** Permissions and origins the browser would not remove (they stay granted). */
  failed: string[];
}

/**
 * Remove what {@link grantsToRevoke} names. One call first; if the browser refuses it (one origin
 * it counts as required refuses them all), each one alone, so one refusal keeps no other grant.
 */
export async function revokeOptionalGrants(api: PermissionsApi, manifest: ManifestGrants): Promise<Revoked> {
  const revoke = grantsToRevoke(await api.getAll(), manifest);
  const none: Required<Grants> = { permissions: [], origins: [] };
  if (revoke.permissions.length + revoke.origins.length === 0) return { revoked: none, failed: [] };
  if (await api.remove(revoke).catch(() => false)) return { revoked: revoke, failed: [] };
  const revoked: Required<Grants> = { permissions: [], origins: [] };
  const failed: string[] = [];
  for (const permission of revoke.permissions) {
    if (await api.remove({ permissions: [permission] }).catch(() => false)) revoked.permissions.push(permission);
    else failed.push(permission);
  }
  for (const origin of revoke.origins) {
    if (await api.remove({ origins: [origin] }).catch(() => false)) revoked.origins.push(origin);
    else failed.push(origin);
  }
  return { revoked, failed };
}
