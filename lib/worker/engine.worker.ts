import * as Comlink from 'comlink';
import { engineApi, type EngineApi } from './engine-api';

/** The one worker that hosts the engine; stream buffers leave it by transfer, not by copy. */
const exposed: EngineApi = {
  ...engineApi,
  importFile(bytes, fileName, athlete) {
    const result = engineApi.importFile(bytes, fileName, athlete);
    if (!result.ok) return result;
    const buffers = result.activities.flatMap((activity) =>
      Object.values(activity.columns).map((column) => column.buffer as ArrayBuffer),
    );
    return Comlink.transfer(result, buffers);
  },
};

Comlink.expose(exposed);
