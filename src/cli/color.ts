import { Chalk, type ChalkInstance } from 'chalk';

/** Colour on stderr: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then whether stderr is a TTY. */
export function stderrChalk(flag: boolean | undefined, env = process.env, isTTY = Boolean(process.stderr.isTTY)): ChalkInstance {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') on = false;
  else if (env.FORCE_COLOR !== undefined) on = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else on = isTTY;
  return new Chalk({ level: on ? 1 : 0 });
}

/** The same rule for reports printed on stdout. */
export function stdoutChalk(flag: boolean | undefined, env = process.env, isTTY = Boolean(process.stdout.isTTY)): ChalkInstance {
  return stderrChalk(flag, env, isTTY);
}
