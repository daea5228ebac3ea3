import { Decoder, Stream } from '@garmin/fitsdk';

/**
 * A session's own rating of effort from a FIT file. Garmin watches ask "how hard did that feel?"
 * after a workout and store the answer in the session message's `workout_rpe` field (FIT profile,
 * field 193: Borg CR-10, "multiplied 10x"). Null for files that are not FIT or carry no rating.
 * The importer keeps to the normalized activity, so this reads just that one field.
 */
export function fitSessionRpe(bytes: Uint8Array): number | null {
  const stream = Stream.fromByteArray(bytes);
  if (!Decoder.isFIT(stream)) return null;
  const { messages } = new Decoder(stream).read();
  const raw = (messages.sessionMesgs?.[0] as { workoutRpe?: unknown } | undefined)?.workoutRpe;
  return typeof raw === 'number' && raw >= 0 && raw <= 100 ? raw / 10 : null;
}
