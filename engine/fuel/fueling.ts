import type { PlannedWorkout } from '../workout/types.ts';

/**
 * Fueling suggestions for a session: carbohydrate, fluid and sodium per hour, and before/after.
 * Sources:
 * - Carbohydrate during exercise: Thomas DT, Erdman KA, Burke LM (2016) ACSM/AND/DC joint position
 *   statement "Nutrition and Athletic Performance", Med Sci Sports Exerc 48(3):543–568, and
 *   Jeukendrup A (2014) Sports Med 44(Suppl 1):S25–S33: none needed under ~45 min; small amounts
 *   (or a mouth rinse) to 75 min; 30–60 g/h from 1 to 2.5 h; up to 90 g/h beyond, from mixed
 *   sources (glucose + fructose), which the gut must be trained for.
 * - Before: 1–4 g/kg carbohydrate 1–4 h ahead; carbohydrate loading 10–12 g/kg/day for 36–48 h
 *   before events over 90 min; after: 1.0–1.2 g/kg/h for the first hours when the next session is
 *   within 8 h, with about 0.3 g/kg protein (Thomas et al. 2016).
 * - Fluid and sodium: Sawka MN et al. (2007) ACSM position stand "Exercise and Fluid Replacement",
 *   Med Sci Sports Exerc 39(2):377–390: typically 0.4–0.8 L/h, more in heat, aiming to lose no more
 *   than 2 % of body mass and never to gain weight; drinks with 20–30 mEq/L sodium (≈ 460–690 mg/L).
 * Everything here is optional guidance, worded as such.
 */
export type FuelIntensity = 'easy' | 'moderate' | 'hard' | 'race';

export type FuelRequest = {
  durationMin: number;
  intensity: FuelIntensity;
  /** Air temperature, °C, when known. */
  temperatureC: number | null;
  bodyMassKg: number | null;
  isRace: boolean;
};

export type Range = { min: number; max: number };

export type FuelPlan = {
  carbsGPerHour: Range;
  carbsTotalG: Range;
  fluidMlPerHour: Range;
  sodiumMgPerHour: Range;
  before: string;
  during: string;
  after: string;
  /** Always true: suggestions, never requirements. */
  optional: true;
};

const SODIUM_MG_PER_L: Range = { min: 460, max: 690 };

function carbBand(durationMin: number, intensity: FuelIntensity): Range {
  if (durationMin < 45) return { min: 0, max: 0 };
  if (durationMin <= 75) return intensity === 'easy' ? { min: 0, max: 0 } : { min: 0, max: 30 };
  if (durationMin <= 150) return intensity === 'easy' ? { min: 30, max: 45 } : { min: 30, max: 60 };
  return intensity === 'easy' ? { min: 60, max: 75 } : { min: 60, max: 90 };
}

function fluidBand(durationMin: number, temperatureC: number | null): Range {
  if (durationMin < 45) return { min: 0, max: 0 };
  const hot = temperatureC !== null && temperatureC >= 25;
  const cool = temperatureC !== null && temperatureC < 10;
  return hot ? { min: 600, max: 1000 } : cool ? { min: 300, max: 500 } : { min: 400, max: 800 };
}

const kgText = (perKg: Range, massKg: number | null) =>
  massKg === null
    ? `${perKg.min}–${perKg.max} g per kg of body mass`
    : `about ${Math.round(perKg.min * massKg)}–${Math.round(perKg.max * massKg)} g`;

export function fuelPlan(req: FuelRequest): FuelPlan {
  const carbs = carbBand(req.durationMin, req.intensity);
  const fluid = fluidBand(req.durationMin, req.temperatureC);
  const hours = req.durationMin / 60;
  const sodium = {
    min: Math.round((fluid.min / 1000) * SODIUM_MG_PER_L.min),
    max: Math.round((fluid.max / 1000) * SODIUM_MG_PER_L.max),
  };
  const long = req.durationMin > 90;
  const before =
    req.isRace && long
      ? `Optional: in the 36–48 h before, a carbohydrate-rich diet (10–12 g per kg a day) tops up your stores; on the morning, ${kgText({ min: 1, max: 4 }, req.bodyMassKg)} of carbohydrate 1–4 h before the start.`
      : long || req.intensity === 'hard' || req.intensity === 'race'
        ? `Optional: a carbohydrate-based meal or snack 1–4 h before (${kgText({ min: 1, max: 2 }, req.bodyMassKg)}).`
        : 'Nothing special needed — eat as you normally would.';
  const during =
    carbs.max === 0
      ? 'Nothing needed during this one; water if you are thirsty.'
      : carbs.max > 60
        ? `Optional: ${carbs.min}–${carbs.max} g of carbohydrate an hour; above 60 g/h use mixed sources (glucose + fructose) and practise it in training first.`
        : `Optional: ${carbs.min}–${carbs.max} g of carbohydrate an hour (a gel or a sports drink is about 20–30 g).`;
  const after =
    long || req.intensity !== 'easy'
      ? `Optional: if you train again within 8 h, ${kgText({ min: 1, max: 1.2 }, req.bodyMassKg)} of carbohydrate an hour for the first hours, with some protein (${req.bodyMassKg === null ? 'about 0.3 g per kg' : `about ${Math.round(0.3 * req.bodyMassKg)} g`}).`
      : 'A normal meal is plenty.';
  return {
    carbsGPerHour: carbs,
    carbsTotalG: { min: Math.round(carbs.min * hours), max: Math.round(carbs.max * hours) },
    fluidMlPerHour: fluid,
    sodiumMgPerHour: sodium,
    before,
    during,
    after,
    optional: true,
  };
}

const INTENSITY_OF: Record<PlannedWorkout['type'], FuelIntensity> = {
  recovery: 'easy',
  easy: 'easy',
  long: 'moderate',
  tempo: 'hard',
  intervals: 'hard',
  racePace: 'hard',
  race: 'race',
};

/** Suggestions for a planned workout or race day. */
export function fuelForWorkout(
  workout: Pick<PlannedWorkout, 'type' | 'durationMin'>,
  conditions: { temperatureC: number | null; bodyMassKg: number | null },
): FuelPlan {
  return fuelPlan({
    durationMin: workout.durationMin,
    intensity: INTENSITY_OF[workout.type],
    isRace: workout.type === 'race',
    ...conditions,
  });
}
