/**
 * The plan schema: the single source of truth for what tthc-parse emits
 * (../shared/docs/output-contract.md). TypeScript types are inferred from it and
 * schemas/plan.schema.json is generated from it (npm run schema).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const Text = z.string().min(1);

export const PlaceSchema = z.object({
  page: z.number().int().nullable(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable().optional(),
});

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string().min(1),
  message: z.string().min(1),
  place: PlaceSchema.nullable(),
  fatal: z.boolean().optional(),
});

export const LegalRefSchema = z.object({
  text: Text,
  type: Text.nullable(),
  number: Text.nullable(),
  issuedDate: IsoDate.nullable(),
  issuer: Text.nullable(),
});

export const DEADLINE_KINDS = [
  'date', 'month', 'quarter', 'half-year', 'year', 'recurring', 'continuous', 'event', 'unknown',
] as const;
export const RECURRENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'periodic'] as const;

export const DeadlineSchema = z.object({
  text: Text,
  kind: z.enum(DEADLINE_KINDS),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  recurrence: z.enum(RECURRENCES).nullable(),
});

export const TargetSchema = z.object({
  text: Text,
  op: z.enum(['=', '>=', '<=', '>', '<']).nullable(),
  value: z.number().nullable(),
});

export const GroupSchema = z.object({ number: Text, title: Text.nullable() });

export const TaskSchema = z.object({
  id: Text,
  stt: Text.nullable(),
  group: GroupSchema.nullable(),
  objective: Text.nullable(),
  mission: Text.nullable(),
  content: Text.nullable(),
  lead: Text.nullable(),
  coordinating: Text.nullable(),
  deadline: DeadlineSchema.nullable(),
  output: Text.nullable(),
  note: Text.nullable(),
  extra: z.record(z.string(), z.string()),
  place: PlaceSchema,
  heading: z.boolean(),
});

export const IndicatorSchema = z.object({
  id: Text,
  stt: Text.nullable(),
  group: GroupSchema.nullable(),
  name: Text.nullable(),
  unit: Text.nullable(),
  target: TargetSchema.nullable(),
  lead: Text.nullable(),
  coordinating: Text.nullable(),
  note: Text.nullable(),
  extra: z.record(z.string(), z.string()),
  place: PlaceSchema,
});

export const COLUMN_ROLES = [
  'stt', 'content', 'lead', 'coordinating', 'deadline', 'output', 'note', 'unit', 'target', 'objective', 'mission', 'other',
] as const;

export const TableSchema = z.object({
  kind: z.enum(['tasks', 'indicators', 'other']),
  title: Text.nullable(),
  columns: z.array(z.object({ header: z.string(), role: z.enum(COLUMN_ROLES) })),
  rowCount: z.number().int().nonnegative(),
  pages: z.array(z.number().int()),
  layout: z.string().optional(),
});

export interface Section {
  number: string | null;
  title: string | null;
  text: string | null;
  children: Section[];
}
export const SectionSchema: z.ZodType<Section> = z.object({
  number: Text.nullable(),
  title: Text.nullable(),
  text: Text.nullable(),
  get children() {
    return z.array(SectionSchema);
  },
});

export const DocumentSchema = z.object({
  type: Text.nullable(),
  typeCode: Text.nullable(),
  number: Text.nullable(),
  issuer: Text.nullable(),
  parentIssuer: Text.nullable(),
  place: Text.nullable(),
  issuedDate: IsoDate.nullable(),
  year: z.number().int().min(1945).max(2200).nullable(),
  title: Text.nullable(),
  signer: z.object({ position: Text.nullable(), name: Text.nullable() }),
  recipients: z.array(Text),
});

export const WrapperSchema = z.object({
  type: Text.nullable(),
  typeCode: Text.nullable(),
  number: Text.nullable(),
  issuedDate: IsoDate.nullable(),
  title: Text.nullable(),
});

export const SourceSchema = z.object({
  path: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  mediaType: Text,
  pages: z.number().int().nonnegative().nullable(),
  textSource: z.enum(['text', 'pdf-text', 'ocr', 'mixed']),
});

export const PlanSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  document: DocumentSchema,
  wrapper: WrapperSchema.nullable(),
  legalBases: z.array(z.object({ text: Text, refs: z.array(LegalRefSchema) })),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  indicators: z.array(IndicatorSchema),
  tables: z.array(TableSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Plan = z.infer<typeof PlanSchema>;
export type PlanDocument = z.infer<typeof DocumentSchema>;
export type Wrapper = z.infer<typeof WrapperSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export type Recurrence = (typeof RECURRENCES)[number];
export type Target = z.infer<typeof TargetSchema>;
export type LegalRef = z.infer<typeof LegalRefSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type TableInfo = z.infer<typeof TableSchema>;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export type SourceInfo = z.infer<typeof SourceSchema>;
export type TextSource = SourceInfo['textSource'];

/** The JSON Schema (draft 2020-12) of a plan, generated from the zod schema. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return {
    $id: 'https://tthc-parse.dev/schemas/plan.schema.json',
    title: 'tthc-parse plan',
    ...schema,
  };
}
