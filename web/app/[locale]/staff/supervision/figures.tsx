import type { ReactNode } from 'react';
import styles from '../_components/staff.module.css';

/** One figure of a section: its value as text, what it counts, and an optional note (a denominator, a target). */
export interface Figure {
  key: string;
  value: string;
  label: string;
  note?: string;
}

/** The tiles of a supervision section's headline figures, each marked `data-figure` with its key. */
export function FigureTiles({ figures, testId }: { figures: readonly Figure[]; testId: string }) {
  return (
    <ul className={styles.figures} data-testid={testId}>
      {figures.map((f) => (
        <li key={f.key} className={styles.figure} data-figure={f.key}>
          <span className={styles.figureValue}>{f.value}</span>
          <span className={styles.figureLabel}>{f.label}</span>
          {f.note ? <span className="muted">{f.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A row of a figures table: its key (marked on the row), its name (the row header) and its cells. */
export interface FiguresRow {
  key: string;
  name: ReactNode;
  cells: readonly ReactNode[];
}

interface FiguresTableProps {
  /** The id of the table's heading (and its test id unless `testId` says otherwise). */
  id: string;
  /** A third-level heading drawn above the table; without one, the table is named by the heading `id` names. */
  heading?: string;
  testId?: string;
  /** The column headers, the rows' name column first. */
  columns: readonly ReactNode[];
  rows: readonly FiguresRow[];
  /** The total row, shown in the footer when there is more than one row. */
  total?: FiguresRow;
  /** The data attribute the row's key is marked with (`data-row` unless named otherwise). */
  rowAttribute?: string;
  /** Many columns: keep the table's minimum width and scroll it on a phone. */
  wide?: boolean;
}

/**
 * A table of figures in a scrolling region named by its heading (keyboard reachable, so a phone's user scrolls it
 * too): one row per group with its name as the row header, and the total in the footer.
 */
export function FiguresTable({
  id,
  heading,
  testId,
  columns,
  rows,
  total,
  rowAttribute = 'row',
  wide = false,
}: FiguresTableProps) {
  const row = (r: FiguresRow) => (
    <tr key={r.key} {...{ [`data-${rowAttribute}`]: r.key }}>
      <th scope="row">{r.name}</th>
      {r.cells.map((cell, i) => (
        <td key={i}>{cell}</td>
      ))}
    </tr>
  );
  return (
    <>
      {heading ? <h3 id={id}>{heading}</h3> : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
        <table className={wide ? `table ${styles.wideTable}` : 'table'} data-testid={testId ?? id}>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows.map(row)}</tbody>
          {total && rows.length > 1 ? <tfoot>{row(total)}</tfoot> : null}
        </table>
      </div>
    </>
  );
}
