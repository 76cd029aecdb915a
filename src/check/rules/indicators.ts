/** Indicator rows need a unit and a target that is a number. */
import type { Plan } from '../../schema/plan.js';
import type { Finding } from '../types.js';

export function indicatorUnit(plan: Plan): Finding[] {
  return plan.indicators.filter((i) => !i.unit).map((i) => ({ message: `indicator ${i.id} has no unit`, place: i.place }));
}

export function indicatorTarget(plan: Plan): Finding[] {
  return plan.indicators
    .filter((i) => !i.target || i.target.value === null)
    .map((i) => ({
      message: i.target ? `indicator ${i.id}: target "${i.target.text}" is not a number` : `indicator ${i.id} has no target`,
      place: i.place,
    }));
}
