/** sipgate's API host: where its documents are served (the contract names no other server). */
export const SIPGATE_DOWNLOAD_HOSTS: readonly string[] = ['api.sipgate.com'];
/** Largest document accepted by default: 64 MiB, far above an hour of recorded call. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;
