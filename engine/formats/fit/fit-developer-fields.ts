import type { FitMessages } from '@garmin/fitsdk';

/**
 * Developer fields (FIT protocol, "Developer Data"): a Connect IQ app or a sensor app such as
 * Stryd adds its own fields, each described by a field_description message with a name, units and,
 * optionally, the native field it stands for (`native_mesg_num` 20 = record, `native_field_num`
 * 7 = power, 5 = distance, 6 = speed, 4 = cadence, 3 = heart rate; FIT Profile, "record").
 * We read the ones that stand for a record column we keep, by the native field when declared,
 * else by name and units, and use them only where the device's own field is missing.
 */
export type DeveloperColumn = 'powerW' | 'distanceM' | 'speedMps' | 'cadence' | 'heartRateBpm';

export type DeveloperFieldMap = { key: string; column: DeveloperColumn; name: string }[];

const NATIVE_RECORD_FIELDS: Record<number, DeveloperColumn> = {
  3: 'heartRateBpm',
  4: 'cadence',
  5: 'distanceM',
  6: 'speedMps',
  7: 'powerW',
};

const BY_NAME: ReadonlyArray<[RegExp, RegExp, DeveloperColumn]> = [
  [/^(power|watts|stroke power|avg power)$/i, /^w(atts?)?$/i, 'powerW'],
  [/^(distance|total distance|dist)$/i, /^(m|meters?|metres?)$/i, 'distanceM'],
  [/^(speed|boat speed)$/i, /^(m\/s|mps)$/i, 'speedMps'],
  [/^(stroke rate|spm|cadence|strokes per minute)$/i, /^(spm|strokes\/min|rpm|s\/m)?$/i, 'cadence'],
  [/^(heart rate|hr)$/i, /^bpm$/i, 'heartRateBpm'],
];

type Description = {
  key?: number;
  fieldName?: string;
  units?: string;
  nativeMesgNum?: string | number;
  nativeFieldNum?: number;
};

function columnOf(d: Description): DeveloperColumn | null {
  const forRecord = d.nativeMesgNum === 20 || d.nativeMesgNum === 'record';
  if (forRecord && d.nativeFieldNum !== undefined) {
    const native = NATIVE_RECORD_FIELDS[d.nativeFieldNum];
    if (native) return native;
  }
  const name = (d.fieldName ?? '').trim();
  const units = (d.units ?? '').trim();
  return BY_NAME.find(([n, u]) => n.test(name) && u.test(units))?.[2] ?? null;
}

/** The developer fields of this file that stand for record columns, first description winning. */
export function developerFieldMap(messages: FitMessages): DeveloperFieldMap {
  const map: DeveloperFieldMap = [];
  for (const d of (messages.fieldDescriptionMesgs ?? []) as Description[]) {
    const column = columnOf(d);
    if (column === null || d.key === undefined || map.some((m) => m.column === column)) continue;
    map.push({ key: String(d.key), column, name: d.fieldName ?? column });
  }
  return map;
}
