/** Props of BarChart. */
export interface BarChartProps {
  title: string;
  bars: { label: string; value: number }[];
  /** A value in words ("12,000 words"). */
  format: (value: number) => string;
  /** Every `labelEvery`th bar is labelled under the axis. */
  labelEvery?: number;
}

const W = 600;
const H = 180;
const PAD = { top: 12, bottom: 26, left: 8, right: 8 };

/**
 * A plain SVG bar chart in the reader's palette. The picture is for the eye; the same numbers
 * are in a table for assistive technology.
 */
export function BarChart({ title, bars, format, labelEvery = 1 }: BarChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (W - PAD.left - PAD.right) / Math.max(1, bars.length);
  const height = H - PAD.top - PAD.bottom;
  return (
    <figure class="chart card">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        focusable="false"
        preserveAspectRatio="none"
      >
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
          class="axis"
        />
        {bars.map((b, i) => {
          const h = (b.value / max) * height;
          const x = PAD.left + i * slot + slot * 0.15;
          return (
            <g key={b.label}>
              <rect
                x={x}
                y={H - PAD.bottom - h}
                width={slot * 0.7}
                height={Math.max(h, b.value > 0 ? 2 : 0)}
                rx={3}
                class="bar"
              >
                <title>{`${b.label}: ${format(b.value)}`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text x={x + slot * 0.35} y={H - 8} text-anchor="middle" class="tick">
                  {b.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{format(b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
