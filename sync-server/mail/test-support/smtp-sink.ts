import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type ReceivedMail = { from: string | null; to: string[]; raw: string };

export type SmtpSink = {
  port: number;
  received: ReceivedMail[];
  /** Resolves once `count` messages have arrived. */
  until: (count: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

const script = fileURLToPath(new URL('./smtp-sink.mjs', import.meta.url));

/** Starts the `smtp-server` package in a child process on loopback. */
export function startSmtpSink(): Promise<SmtpSink> {
  const child: ChildProcess = spawn(process.execPath, [script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const received: ReceivedMail[] = [];
  let waiters: (() => boolean)[] = [];
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const parsed = JSON.parse(line) as { port: number } | ReceivedMail;
      if ('port' in parsed) {
        resolve({
          port: parsed.port,
          received,
          until: (count) =>
            new Promise((done) => {
              const check = () => {
                if (received.length < count) return false;
                done(received);
                return true;
              };
              if (!check()) waiters.push(check);
            }),
          close: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
        return;
      }
      received.push(parsed);
      waiters = waiters.filter((waiter) => !waiter());
    });
  });
}
