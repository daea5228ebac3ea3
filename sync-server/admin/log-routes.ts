import { z } from 'zod';
import type { Route } from '../api-route.ts';
import { sendJson } from '../http-json.ts';
import { operatorOf } from './admin-auth.ts';
import { queryOf, type AdminContext } from './admin-context.ts';
import { readLogFile } from './log-file.ts';
import { LogFilter } from './log-ring.ts';

const LogQuery = LogFilter.extend({ source: z.enum(['memory', 'file']).default('memory') });

/** The relay's own structured logs, filtered; lines were redacted before they were kept. */
export function logRoutes(ctx: AdminContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/admin\/logs$/,
      handle: async (req, res) => {
        await operatorOf(req, ctx, 'admin');
        const { source, ...filter } = queryOf(req, LogQuery);
        const lines =
          source === 'file'
            ? ctx.logFile
              ? await readLogFile(ctx.logFile, filter)
              : []
            : ctx.logs.query(filter);
        sendJson(res, 200, {
          relayId: ctx.relayId,
          source,
          fileSink: ctx.logFile !== null,
          kept: ctx.logs.size,
          capacity: ctx.logs.capacity,
          lines,
        });
      },
    },
  ];
}
