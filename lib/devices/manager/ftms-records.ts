/**
 * FTMS Rower and Treadmill Data as channel values. A machine may split one reading over several
 * notifications with the More Data flag (the PM5's FTMS does, and so do treadmills with many
 * fields), so parts go through the engine's assembler first and a reading is made only when a
 * record is complete — or, when the link drops mid-record, from the parts that did arrive.
 */
import {
  addFtmsPart,
  emptyFtmsAssembly,
  flushFtmsAssembly,
  type AssembledFtmsRecord,
  type FtmsAssembly,
} from '../../../engine/protocols/ftms/more-data-assembler';
import { decodeRowerData, type RowerData } from '../../../engine/protocols/ftms/rower-data';
import {
  decodeTreadmillData,
  type TreadmillData,
} from '../../../engine/protocols/ftms/treadmill-data';
import { SIG_CHARACTERISTICS } from '../../../engine/protocols/uuids';
import { present, speedFromPace, type DecodedRecord } from './decoded-values';

type Rower = Omit<RowerData, 'moreData'>;
type Treadmill = Omit<TreadmillData, 'moreData'>;

const rowerValues = (r: Rower): DecodedRecord => ({
  values: present({
    cadence: r.strokeRateSpm,
    distanceM: r.totalDistanceM,
    speedMps: speedFromPace(r.instantaneousPaceS500m),
    powerW: r.instantaneousPowerW,
    heartRateBpm: r.heartRateBpm,
  }),
});

const treadmillValues = (t: Treadmill): DecodedRecord => ({
  values: present({
    speedMps: t.instantaneousSpeedKmh == null ? undefined : t.instantaneousSpeedKmh / 3.6,
    distanceM: t.totalDistanceM,
    heartRateBpm: t.heartRateBpm,
  }),
});

export type FtmsReader = {
  /** One notification; null when the characteristic is not FTMS data. */
  read(characteristic: string, view: DataView): DecodedRecord[] | null;
  /** The link dropped: parts waiting for the rest of their record, given out as they are. */
  flush(): DecodedRecord[];
};

export function createFtmsReader(): FtmsReader {
  let rower: FtmsAssembly<RowerData> = emptyFtmsAssembly();
  let treadmill: FtmsAssembly<TreadmillData> = emptyFtmsAssembly();
  const values = <T>(
    records: AssembledFtmsRecord<T & { moreData: boolean }>[],
    of: (v: Omit<T, 'moreData'>) => DecodedRecord,
  ) => records.map((r) => of(r.value));
  return {
    read(characteristic, view) {
      if (characteristic === SIG_CHARACTERISTICS.rowerData) {
        const step = addFtmsPart(rower, decodeRowerData(view));
        rower = step.assembly;
        return values<RowerData>(step.records, rowerValues);
      }
      if (characteristic === SIG_CHARACTERISTICS.treadmillData) {
        const step = addFtmsPart(treadmill, decodeTreadmillData(view));
        treadmill = step.assembly;
        return values<TreadmillData>(step.records, treadmillValues);
      }
      return null;
    },
    flush() {
      const fromRower = flushFtmsAssembly(rower);
      const fromTreadmill = flushFtmsAssembly(treadmill);
      rower = fromRower.assembly;
      treadmill = fromTreadmill.assembly;
      return [
        ...values<RowerData>(fromRower.records, rowerValues),
        ...values<TreadmillData>(fromTreadmill.records, treadmillValues),
      ];
    },
  };
}
