/** Structure stage: header metadata, wrapper decision, legal bases, sections, appendix. */
import type { Stage } from '../pipeline/stage.js';
import type { PlanFile, StructureResult } from '../pipeline/planFile.js';
import { readStructure } from './read.js';

export function emptyStructure(): StructureResult {
  return {
    document: {
      type: null, typeCode: null, number: null, issuer: null, parentIssuer: null, place: null,
      issuedDate: null, year: null, title: null, signer: { position: null, name: null }, recipients: [],
    },
    wrapper: null,
    legalBases: [],
    sections: [],
    appendixStart: null,
  };
}

export const structureStage: Stage = {
  name: 'structure',
  run(file: PlanFile) {
    file.structure = readStructure(file.lines, file.diagnostics, file.rawTables);
  },
};

export { readStructure };
