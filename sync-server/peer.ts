import type { Role } from './access.ts';

/** One open connection to a document, as the document sees it. */
export interface Peer {
  readonly userId: string;
  readonly familyId: string;
  role: Role;
  /** Awareness client ids this connection has announced, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
