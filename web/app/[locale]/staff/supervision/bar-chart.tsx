import styles from '../_components/staff.module.css';

export interface Bar {
  label: string;
  /** A share from 0 to 1, or null when there is nothing to measure. */
  value: number | null;
  /** The value as text, drawn beside the bar. */
  text: string;
}

const rowHeight = 28;
const labelWidth = 250;
const barWidth = 300;
const valueWidth = 110;
const top = 22;

/**
 * A horizontal bar chart of shares as inline SVG: every bar carries its value as text, an optional target
 * line is drawn and labelled, bars below the target get a second colour (and the text says it too). The
 * chart is an image named by its caption; the table beside it holds the same figures.
 */
export function BarChart({
  id,
  caption,
  summary,
  bars,
  target,
  targetLabel,
}: {
  id: string;
  caption: string;
  /** The figures in one sentence, for screen readers. */
  summary: string;
  bars: readonly Bar[];
  target?: number;
  targetLabel?: string;
}) {
  const height = top + bars.length * rowHeight + 8;
  const width = labelWidth + barWidth + valueWidth;
  return (
    <figure className={styles.chart} data-testid={id}>
      <figcaption id={`${id}-caption`}>
        <strong>{caption}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{caption}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, index) => {
          const y = top + index * rowHeight;
          const length = bar.value === null ? 0 : Math.max(1, Math.min(1, bar.value) * barWidth);
          const below = target !== undefined && bar.value !== null && bar.value < target;
          return (
            <g key={`${bar.label}-${index}`}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className={styles.barLabel}>
                {bar.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={length}
                height={rowHeight - 10}
                className={below ? styles.barBelow : styles.bar}
              />
              <text x={labelWidth + length + 6} y={y + 17} className={styles.barValue}>
                {bar.text}
              </text>
            </g>
          );
        })}
        {target !== undefined ? (
          <g>
            <line
              x1={labelWidth + target * barWidth}
              x2={labelWidth + target * barWidth}
              y1={top - 4}
              y2={height - 4}
              className={styles.target}
            />
            <text x={labelWidth + target * barWidth} y={12} textAnchor="middle" className={styles.targetLabel}>
              {targetLabel}
            </text>
          </g>
        ) : null}
      </svg>
    </figure>
  );
}
