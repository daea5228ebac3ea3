import { readFileSync } from 'node:fs';

/** File descriptors kept for everything but client sockets: LevelDB's files, stores, the app. */
export const FD_RESERVE = 1_100;

export type Caps = { total: number; perIp: number; perAccount: number };

/** Why a connection was refused. */
export type CapRefusal = 'global' | 'ip' | 'account';

/**
 * Counts open sockets per address and in all, and document connections per account, and says
 * when one more would be too many. The global cap stays below the process's file-descriptor
 * limit, so the relay refuses cleanly (an HTTP answer) before the kernel refuses for it.
 */
export class ConnectionCaps {
  private readonly byIp = new Map<string, number>();
  private readonly byAccount = new Map<string, number>();
  private total = 0;

  constructor(readonly caps: Caps) {}

  /** A TCP socket arrived: counted, or refused (not counted) when it would be one too many. */
  socketOpened(ip: string): CapRefusal | null {
    if (this.total >= this.caps.total) return 'global';
    if ((this.byIp.get(ip) ?? 0) >= this.caps.perIp) return 'ip';
    this.total += 1;
    this.byIp.set(ip, (this.byIp.get(ip) ?? 0) + 1);
    return null;
  }

  socketClosed(ip: string) {
    this.total -= 1;
    decrement(this.byIp, ip);
  }

  /** A document connection of this account was admitted: counted, or refused. */
  accountOpened(userId: string): CapRefusal | null {
    if ((this.byAccount.get(userId) ?? 0) >= this.caps.perAccount) return 'account';
    this.byAccount.set(userId, (this.byAccount.get(userId) ?? 0) + 1);
    return null;
  }

  accountClosed(userId: string) {
    decrement(this.byAccount, userId);
  }
}

function decrement(counts: Map<string, number>, key: string) {
  const left = (counts.get(key) ?? 1) - 1;
  if (left <= 0) counts.delete(key);
  else counts.set(key, left);
}

/** The soft limit on open files (Linux /proc), or null where it cannot be read. */
export function openFileLimit(): number | null {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const match = /^Max open files\s+(\d+|unlimited)/m.exec(limits);
    if (!match?.[1] || match[1] === 'unlimited') return null;
    return Number(match[1]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** MAX_CONNECTIONS, lowered to what the file-descriptor limit allows. */
export function globalCap(configured: number, fdLimit: number | null): number {
  return fdLimit === null ? configured : Math.max(1, Math.min(configured, fdLimit - FD_RESERVE));
}
