/**
 * Word documents (.docx) and OpenDocument texts (.odt) of our own plans, made by
 * scripts/fixtures/office/make.sh from the same plan pages as the PDF fixtures, give the plan that
 * plan's expected.json describes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { PlanSchema } from '../../src/schema/plan.js';
import { docxText } from '../../src/load/docx.js';
import { odtText } from '../../src/load/odt.js';
import { partialMismatches } from '../partialMatch.js';
import { ROOT } from '../helpers.js';

const DIR = join(ROOT, 'fixtures', 'office');
const MEDIA: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

describe('Word and OpenDocument texts', () => {
  const files = readdirSync(DIR).filter((f) => /\.(docx|odt)$/.test(f));
  it('there are .docx and .odt fixtures', () => {
    expect(files.filter((f) => f.endsWith('.docx')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.odt')).length).toBeGreaterThan(0);
  });
  for (const f of files) {
    it(f, async () => {
      const path = join(DIR, f);
      const result = await parsePlan({ bytes: readFileSync(path), path });
      expect(result.plan, JSON.stringify(result.diagnostics.filter((d) => d.fatal))).not.toBeNull();
      expect(PlanSchema.safeParse(result.plan).success).toBe(true);
      expect(result.plan!.source.mediaType).toBe(MEDIA[f.split('.').pop()!]);
      const plan = join(ROOT, 'fixtures', f.replace(/\.(docx|odt)$/, ''));
      const expected = JSON.parse(readFileSync(join(plan, 'expected.json'), 'utf8'));
      // the text fixture's known mismatches (status.json) are the parser's, not the loader's: no more here
      const status = join(plan, 'status.json');
      const known: number = existsSync(status) ? JSON.parse(readFileSync(status, 'utf8')).knownMismatches : 0;
      const mismatches = partialMismatches(result.plan, expected);
      if (known === 0 || mismatches.length > known) expect(mismatches).toEqual([]);
    });
  }

  it('a table row is read side by side, cell lines zipped; spans and merged cells keep columns', () => {
    // a hand-made document.xml in a zip container
    const body =
      '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>' +
      '<w:tc><w:p><w:r><w:t>Rà soát</w:t><w:br/><w:t>thủ tục</w:t></w:r></w:p></w:tc>' +
      '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Văn phòng &amp; Sở</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>2 Công khai</w:t></w:r></w:p></w:tc>' +
      '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
    expect(docxText(zipOne('word/document.xml', xml))).toBe('KẾ HOẠCH\n1\tRà soát\tVăn phòng & Sở\n\tthủ tục\n2 Công khai\t\tVăn phòng & Sở');
  });

  it('text boxes count once (not again from mc:Fallback), deletions not at all', () => {
    const body =
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>Số: 12/KH-UBND</w:t></w:r></w:p></w:txbxContent></mc:Choice>' +
      '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Số: 12/KH-UBND</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
      '<w:p><w:r><w:t>Kế hoạch</w:t></w:r><w:del><w:r><w:delText>cũ</w:delText><w:t>bỏ</w:t></w:r></w:del><w:r><w:t xml:space="preserve"> năm 2025</w:t></w:r></w:p>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x" xmlns:mc="y"><w:body>${body}</w:body></w:document>`;
    expect(docxText(zipOne('word/document.xml', xml)).split('\n').filter(Boolean)).toEqual(['Số: 12/KH-UBND', 'Kế hoạch năm 2025']);
  });

  it('an .odt table: a cell spanning rows repeats below, one spanning columns leaves empty cells', () => {
    const body =
      '<text:h>KẾ HOẠCH</text:h>' +
      '<table:table><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>' +
      '<table:table-cell><text:p>Rà soát<text:line-break/>thủ<text:s text:c="2"/>tục</text:p></table:table-cell>' +
      '<table:table-cell table:number-rows-spanned="2"><text:p>Văn phòng &amp; Sở</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>2 Công khai<text:note><text:note-body><text:p>chú thích</text:p></text:note-body></text:note></text:p></table:table-cell>' +
      '<table:covered-table-cell/><table:covered-table-cell/></table:table-row></table:table>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><office:document-content><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
    expect(odtText(zipOne('content.xml', xml))).toBe('KẾ HOẠCH\n1\tRà soát\tVăn phòng & Sở\n\tthủ tục\n2 Công khai\t\tVăn phòng & Sở');
  });

  it('a damaged .docx is one clear error naming the problem', async () => {
    const bytes = readFileSync(join(DIR, files.find((f) => f.endsWith('.docx'))!)).subarray(0, 3000);
    const result = await parsePlan({ bytes, path: 'broken.docx' });
    expect(result.plan).toBeNull();
    const fatal = result.diagnostics.filter((d) => d.fatal);
    expect(fatal.map((d) => d.ruleId)).toEqual(['load/docx-invalid']);
    expect(fatal[0]!.message).toMatch(/^not a readable Word document/);
  });
});

/** A zip holding one file: enough of a .docx or .odt container for the readers. */
function zipOne(name: string, text: string): Uint8Array {
  return zipSync({ [name]: strToU8(text) });
}
