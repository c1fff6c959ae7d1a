import { SITES } from './index';

/** Match patterns for every host of every supported site: the manifest's host permissions. */
export function hostPermissions(): string[] {
  return SITES.flatMap((site) => site.hosts.map((host) => `*://${host}/*`));
}
