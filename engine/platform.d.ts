/**
 * The engine's whole view of the platform beyond ECMAScript: three pure, deterministic built-ins.
 * Its tsconfig has no DOM or WebWorker lib, so timers, `fetch`, storage and the like do not compile
 * here; ambient time (`Date.now()`, a bare `new Date()`) and randomness are refused by ESLint.
 * Signatures from the WHATWG Encoding Standard (TextDecoder, TextEncoder) and the HTML Standard
 * (structuredClone).
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}

declare function structuredClone<T>(value: T): T;
