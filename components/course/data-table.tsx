import type { Key, ReactNode } from "react";
import { ScrollRegion } from "../scroll-region";

/** One cell: plain content, or content with how to set it (a row header, figures, no wrapping, a language). */
export type DataCell =
  | ReactNode
  | { value: ReactNode; header?: boolean; mono?: boolean; nowrap?: boolean; lang?: string; testId?: string };

export interface DataRow {
  key: Key;
  cells: DataCell[];
  testId?: string;
}

function isStyled(cell: DataCell): cell is Exclude<DataCell, ReactNode> {
  return typeof cell === "object" && cell !== null && "value" in cell && !("$$typeof" in cell);
}

function Cell({ cell }: { cell: DataCell }) {
  if (!isStyled(cell)) return <td>{cell}</td>;
  const className = [cell.mono && "font-mono", cell.nowrap && "whitespace-nowrap"].filter(Boolean).join(" ");
  const Tag = cell.header ? "th" : "td";
  return (
    <Tag className={className || undefined} lang={cell.lang} data-testid={cell.testId}>
      {cell.value}
    </Tag>
  );
}

/**
 * The course's one table: a header row and body rows, scrolling sideways when wider than
 * the column, with a cue that it does (inside a named, focusable region when `label` is given).
 */
export function DataTable({
  head,
  rows,
  testId,
  label,
  className,
}: {
  head: ReactNode[];
  rows: DataRow[];
  testId?: string;
  label?: string;
  className?: string;
}) {
  const table = (
    <table data-testid={testId} className={className}>
      <thead>
        <tr>
          {head.map((cell, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the header is a fixed list of columns
            <th key={i}>{cell}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={row.testId}>
            {row.cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are fixed columns
              <Cell key={i} cell={cell} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <ScrollRegion label={label}>{table}</ScrollRegion>;
}

/** A cell of figures (set in a monospaced font). */
export const mono = (value: ReactNode, nowrap = false): DataCell => ({ value, mono: true, nowrap });
