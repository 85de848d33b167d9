import type { RequestType } from '@oikeus/contracts';

/**
 * Colours of the charts: each at least 4.5:1 against white, so the legend
 * text (drawn in the series colour) and the bars both stand out (WCAG 1.4.3,
 * 1.4.11). Every chart also has its numbers in a table.
 */
export const typeColors: Record<RequestType, string> = {
  access: '#1d4f91',
  rectification: '#a65500',
  erasure: '#1e6b35',
  restriction: '#6a3d9a',
  objection: '#b3261e',
  portability: '#4a5360',
};

export const seriesColors = {
  primary: '#1d4f91',
  secondary: '#6a3d9a',
  onTime: '#1e6b35',
  late: '#b3261e',
} as const;

/** Axis text dark enough to read (Recharts' default grey is too light). */
export const axisTick = { fill: '#1b1f24', fontSize: 12 } as const;

export const chartStyle = { width: '100%', height: 260 } as const;

export const chartMargin = { top: 8, right: 8, bottom: 0, left: -16 } as const;
