/** Absolute path of the server bundle `npm start` runs. */
export const SERVER_BUNDLE: string;
/** Rebuilds the bundle when any file that went into it changed; true when it rebuilt. */
export function ensureServerBundle(): Promise<boolean>;
export function buildServerBundle(): Promise<void>;
/** Absolute path of the cluster entry (`npm start -- --workers N`). */
export const CLUSTER_BUNDLE: string;
