/** The plan's identity: number (số ký hiệu), issue date and issuer. */
import type { Plan } from '../../schema/plan.js';
import type { Finding } from '../types.js';

const missing = (what: string): Finding[] => [{ message: `the document has no ${what}` }];

export const metadataNumber = (plan: Plan): Finding[] => (plan.document.number ? [] : missing('number (số ký hiệu)'));
export const metadataDate = (plan: Plan): Finding[] => (plan.document.issuedDate ? [] : missing('issue date'));
export const metadataIssuer = (plan: Plan): Finding[] => (plan.document.issuer ? [] : missing('issuer'));
