import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** A name for one queue worker, unique across instances and restarts. */
export const runnerId = (kind: string) => `${kind}:${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
