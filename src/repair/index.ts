/** Repair stage: for now Unicode NFC and whitespace clean-up (the restore issue fills it). */
import type { Stage } from '../pipeline/stage.js';
import { cleanLine } from '../core/text.js';

export const repairStage: Stage = {
  name: 'repair',
  run(file, options) {
    if (options.repair === false) return;
    for (const line of file.lines) line.text = cleanLine(line.text);
  },
};
