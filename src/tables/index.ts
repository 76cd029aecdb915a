/** Tables stage: find task and indicator tables, segment them into rows. */
import type { Stage } from '../pipeline/stage.js';

export const tablesStage: Stage = {
  name: 'tables',
  run(file) {
    file.tables = { tables: [], tasks: [], indicators: [] };
  },
};
