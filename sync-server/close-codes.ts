/** Close codes. 44xx make y-websocket 3.1 stop reconnecting; 1009/1011/1012/1013 let it retry. */
export const CLOSE = {
  malformed: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  /** The document, or the account's storage or document count, would go over its limit. */
  docTooLarge: 4413,
  messageTooLarge: 1009,
  serverError: 1011,
  restarting: 1012,
  tryLater: 1013,
} as const;
