import { findDecoder } from '../engine/protocols/registry.ts';
import { bytesFromHex } from '../engine/protocols/hex.ts';
import { viewOf } from '../engine/protocols/bytes.ts';
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../engine/protocols/csafe/reassembler.ts';
import { decodeCsafeFrame } from '../engine/protocols/csafe/frame.ts';
import { decodeResponse } from '../engine/protocols/csafe/commands.ts';
import { decodeRowerData, type RowerData } from '../engine/protocols/ftms/rower-data.ts';
import { addFtmsPart, emptyFtmsAssembly } from '../engine/protocols/ftms/more-data-assembler.ts';
import { medianMs, report } from './measure.ts';

// Real frames (engine/protocols/test-support/public-vectors.json): a PM5, a Polar H7, a PM5 with
// FTMS, a Matrix treadmill, an Elite Suito. Reference: a bare loop reading every byte of the same
// frame through a DataView, so the ratio is what decoding costs over touching the bytes at all.
const FRAMES: Array<[string, string]> = [
  ['pm5-general-status', 'c40900e8030003010c00010000006400008060'],
  ['pm5-additional-status', '8b2f00a40828ff7b588467000000000000'],
  ['pm5-additional-status-2', 'c4090001b3000600da30b3000600c90900000000'],
  ['pm5-stroke-data', 'c20900e703007f3bb7003304a3065b04a3130a00'],
  ['pm5-additional-stroke-data', 'c20900bf00bd030a00190000000000'],
  ['pm5-split-interval', 'c40900e80300fa0000640000000000000101'],
  ['pm5-workout-summary', '6320240bc40900e803001800000000000003e204'],
  ['pm5-multiplexed', '31c40900e8030003010c00010000006400008060'],
  ['heart-rate-measurement', '167310020d02'],
  ['ftms-rower-data', 'ff0a34cb0000c000cf00320027008c0000540000'],
  ['ftms-treadmill-data', '9f0061003600000000ff7f0000ffff05006e0002'],
  ['ftms-indoor-bike-data', '5408b906b000860d0045002001'],
  ['rsc-measurement', '078003b2760010270000'],
  ['pm5-logged-workout', '41a09a0c97a37088cae10801d40000'],
  ['ftms-control-point', '800705'],
  ['ftms-machine-status', '051a04'],
  ['cycling-power-measurement', '3000c80010270000005064000028'],
];

const N = 100_000;

export default async function bench(): Promise<void> {
  let sink = 0;
  for (const [name, hex] of FRAMES) {
    const entry = findDecoder(name);
    if (!entry) throw new Error(`no decoder ${name}`);
    const view = viewOf(bytesFromHex(hex));
    const reference = medianMs(() => {
      for (let i = 0; i < N; i++) {
        for (let b = 0; b < view.byteLength; b++) sink = (sink + view.getUint8(b)) | 0;
      }
    });
    const decode = medianMs(() => {
      for (let i = 0; i < N; i++) sink = (sink + Object.keys(entry.decode(view)).length) | 0;
    });
    report(
      `decode ${name} vs byte loop`,
      decode / reference,
      `${(((N / decode) * 1000) / 1e6).toFixed(2)} M frames/s, ${view.byteLength} B`,
    );
  }

  // A PM5 CSAFE response split over three notifications, stuffed checksum across the split.
  const whole = bytesFromHex(
    'f1091a236b211400009e00a400aa00ab00aa00ab00a900a800a500000000000000000000000000f300f2',
  );
  const chunks = [whole.slice(0, 20), whole.slice(20, 40), whole.slice(40)];
  const n = 20_000;
  const reference = medianMs(() => {
    for (let i = 0; i < n; i++) for (const c of chunks) for (const b of c) sink = (sink + b) | 0;
  });
  const csafe = medianMs(() => {
    for (let i = 0; i < n; i++) {
      let state = EMPTY_REASSEMBLY;
      for (const c of chunks) {
        const r = addCsafeChunk(state, c);
        state = r.reassembly;
        for (const f of r.frames) sink += decodeResponse(decodeCsafeFrame(f).content).status;
      }
    }
  });
  report(
    'CSAFE reassemble+decode (3 notifications) vs byte loop',
    csafe / reference,
    `${(((n / csafe) * 1000) / 1e3).toFixed(1)} k responses/s`,
  );
  // The PM5's FTMS Rower Data: one record in two notifications, decoded and merged.
  const parts = ['ff0a34cb0000c000cf00320027008c0000540000', '00013e24000900d701ff'].map((hex) =>
    viewOf(bytesFromHex(hex)),
  );
  const ftmsReference = medianMs(() => {
    for (let i = 0; i < N; i++) {
      for (const p of parts)
        for (let b = 0; b < p.byteLength; b++) sink = (sink + p.getUint8(b)) | 0;
    }
  });
  const ftms = medianMs(() => {
    let assembly = emptyFtmsAssembly<RowerData>();
    for (let i = 0; i < N; i++) {
      for (const p of parts) {
        const step = addFtmsPart(assembly, decodeRowerData(p));
        assembly = step.assembly;
        sink = (sink + step.records.length) | 0;
      }
    }
  });
  report(
    'FTMS rower record from 2 More Data notifications vs byte loop',
    ftms / ftmsReference,
    `${(((N / ftms) * 1000) / 1e6).toFixed(2)} M records/s`,
  );
  if (sink === 0) console.log('');
}
