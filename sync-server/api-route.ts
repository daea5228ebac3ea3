import type { IncomingMessage, ServerResponse } from 'node:http';

/** One endpoint of the JSON API; `params` are the pattern's capture groups. */
export type Route = {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: RegExp;
  handle: (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;
};
