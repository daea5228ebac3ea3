'use client';

import * as Comlink from 'comlink';
import type { EngineApi } from './engine-api';

let engine: Comlink.Remote<EngineApi> | null = null;

/** The app's single engine worker, started on first use. */
export function getEngine(): Comlink.Remote<EngineApi> {
  if (engine) return engine;
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  engine = Comlink.wrap<EngineApi>(worker);
  return engine;
}

/** Sends file bytes to the worker without copying them. */
export function transferBytes(bytes: Uint8Array): Uint8Array {
  return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
}
