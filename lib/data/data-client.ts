'use client';

import * as Comlink from 'comlink';
import type { DataApi } from './data-api';

let worker: Comlink.Remote<DataApi> | null = null;

/** The data worker (exports, archives), started on first use. */
export function getDataWorker(): Comlink.Remote<DataApi> {
  if (worker) return worker;
  worker = Comlink.wrap<DataApi>(
    new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' }),
  );
  return worker;
}
