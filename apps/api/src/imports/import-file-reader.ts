import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { CodedError } from '@tongxin/kernel';

const text = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('result' in value) return text(value.result ?? null);
  if ('error' in value) return value.error;
  return '';
};

/** The first sheet of an XLSX file, or a CSV file (UTF-8, with or without BOM), as rows of text cells. */
export async function readTable(fileName: string, bytes: Buffer): Promise<string[][]> {
  const isXlsx = /\.xlsx$/i.test(fileName) || bytes.subarray(0, 2).toString('latin1') === 'PK';
  try {
    if (!isXlsx)
      return parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
        relaxColumnCount: true,
        skipEmptyLines: true,
      });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      rows.push(Array.from({ length: 7 }, (_, i) => text(row.getCell(i + 1).value)));
    });
    return rows;
  } catch (error) {
    throw new CodedError(
      'IMPORT_FILE_UNREADABLE',
      'invalid',
      `无法读取文件：${(error as Error).message}（请上传模板格式的 XLSX 或 UTF-8 CSV）`,
      `Cannot read the file: ${(error as Error).message}`,
      { field: 'file' },
    );
  }
}
