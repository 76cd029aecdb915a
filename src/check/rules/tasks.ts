/** Task rows must say what is done, who leads it and by when. Heading rows only head sub-rows. */
import type { Plan, Task } from '../../schema/plan.js';
import type { Finding } from '../types.js';

const label = (t: Task): string => `task ${t.id}`;

export function taskContent(plan: Plan): Finding[] {
  return plan.tasks.filter((t) => !t.content).map((t) => ({ message: `${label(t)} has no content`, place: t.place }));
}

export function taskLead(plan: Plan): Finding[] {
  return plan.tasks.filter((t) => !t.heading && !t.lead).map((t) => ({ message: `${label(t)} has no lead body`, place: t.place }));
}

export function taskDeadline(plan: Plan): Finding[] {
  return plan.tasks
    .filter((t) => !t.heading && (!t.deadline || t.deadline.kind === 'unknown'))
    .map((t) => ({
      message: t.deadline ? `${label(t)}: deadline "${t.deadline.text}" could not be read` : `${label(t)} has no deadline`,
      place: t.place,
    }));
}
