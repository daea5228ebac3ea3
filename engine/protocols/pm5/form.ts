/**
 * Most PM5 records arrive in two forms: on their own characteristic ("direct") or behind an id
 * byte on the multiplexed characteristic 0x0080 ("mux"), where some records drop or add a field
 * to fit 20 bytes (ErgometerJS typedefinitions.ts, Open Rowing Monitor MultiplexedCharacteristic.js).
 */
export type Pm5Form = 'direct' | 'mux';
