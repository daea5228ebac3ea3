/** The file formats an activity can be exported as. */
export type ExportFormat = 'fit' | 'gpx' | 'tcx';

export const exportFormats: readonly ExportFormat[] = ['fit', 'gpx', 'tcx'];

export type ExportErrorType = 'NoPositions' | 'NoSamples';

export type ExportError = { type: ExportErrorType; message: string };

/** Either the whole file or a reason a person can act on; never a partial file. */
export type ExportResult = { ok: true; bytes: Uint8Array } | { ok: false; error: ExportError };

export function exportFailure(type: ExportErrorType, message: string): ExportResult {
  return { ok: false, error: { type, message } };
}

export const mimeTypes: Record<ExportFormat, string> = {
  fit: 'application/vnd.ant.fit',
  gpx: 'application/gpx+xml',
  tcx: 'application/vnd.garmin.tcx+xml',
};
