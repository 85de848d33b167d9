import type { ReactNode } from 'react';

/**
 * One figure of the report: a heading, what it counts, the chart for the eye
 * and, under it, the same numbers as a table. The chart is hidden from
 * assistive technology (it has no focusable parts), so a screen reader reads
 * the table instead of a drawing (WCAG 1.1.1, 1.3.1).
 */
export function ChartFigure({
  id,
  title,
  lead,
  chart,
  children,
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  chart?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead ? <p className="hint">{lead}</p> : null}
      {chart ? (
        <div className="report-chart" aria-hidden="true">
          {chart}
        </div>
      ) : null}
      {children}
    </section>
  );
}
