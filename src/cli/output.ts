import type { OutputStream } from './io.js';

export function printJson(out: OutputStream, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** `Key:   value` lines under an optional heading, aligned, indented by one space as docker does. */
export function printSection(out: OutputStream, heading: string | undefined, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([key]) => key.length)) + 1;
  const lines = rows.map(([key, value]) => ` ${`${key}:`.padEnd(width)} ${value}\n`);
  out.write((heading === undefined ? '' : `${heading}\n`) + lines.join(''));
}

/** Columns padded to their widest cell, separated by three spaces. */
export function printTable(out: OutputStream, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('   ')
      .trimEnd();
  out.write(`${line(header)}\n`);
  for (const row of rows) out.write(`${line(row)}\n`);
}
