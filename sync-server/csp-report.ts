import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { TokenBucket } from './rate-limit.ts';

const MAX_REPORT_BYTES = 16 * 1024;
const LOGGED_PER_S = 2;

/**
 * Receives the browser's reports of what the page's policy blocked (`report-uri`): counted in
 * `relay_csp_reports_total` and logged at warn (a few a second at most, so a flood of fake reports
 * cannot flood the log). Anyone can send one, so nothing in it is trusted or kept.
 */
export function createCspReportHandler(log: Logger, metrics: Metrics) {
  const logBudget = new TokenBucket(LOGGED_PER_S, 10, Date.now());
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    let text = '';
    for await (const chunk of req) {
      text += (chunk as Buffer).toString('utf8');
      if (text.length > MAX_REPORT_BYTES) {
        res.writeHead(413).end();
        return;
      }
    }
    metrics.cspReports.inc();
    if (logBudget.take(Date.now())) log.warn({ report: summary(text) }, 'content policy report');
    res.writeHead(204).end();
  };
}

/** The parts of a report an operator needs, each cut short; never the raw body. */
function summary(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return { unreadable: text.slice(0, 200) };
    throw error;
  }
  const report = (parsed as { 'csp-report'?: Record<string, unknown> })['csp-report'] ?? {};
  const pick = (key: string) => String(report[key] ?? '').slice(0, 200);
  return {
    directive: pick('violated-directive'),
    blocked: pick('blocked-uri'),
    page: pick('document-uri'),
  };
}
