import * as Comlink from 'comlink';
import { dataApi, type DataApi } from './data-api';

/** The worker for the athlete's data; file bytes and document states leave it by transfer. */
const exposed: DataApi = {
  ...dataApi,
  exportActivityFile(input) {
    const result = dataApi.exportActivityFile(input);
    return result.ok ? Comlink.transfer(result, [result.bytes.buffer as ArrayBuffer]) : result;
  },
  readArchive(bytes, fileName) {
    const result = dataApi.readArchive(bytes, fileName);
    if (!result.ok) return result;
    const buffers = result.contents.documents.map((d) => d.state.buffer as ArrayBuffer);
    return Comlink.transfer(result, [...new Set(buffers)]);
  },
};

Comlink.expose(exposed);
