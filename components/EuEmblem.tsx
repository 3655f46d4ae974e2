const height = 200;
const width = height * 1.5;
const circleRadius = height / 3;
const starRadius = height / 18;
// Ratio of inner to outer radius of a regular five-pointed star.
const innerRatio = Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10);

function starPoints(centerX: number, centerY: number): string {
  return Array.from({ length: 10 }, (_, corner) => {
    const radius = corner % 2 === 0 ? starRadius : starRadius * innerRatio;
    const angle = -Math.PI / 2 + (corner * Math.PI) / 5;
    return `${(centerX + radius * Math.cos(angle)).toFixed(2)},${(centerY + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

// Twelve stars placed like the hours on a clock face, each with one point upward.
const stars = Array.from({ length: 12 }, (_, hour) => {
  const angle = (hour * Math.PI) / 6;
  return starPoints(width / 2 + circleRadius * Math.sin(angle), height / 2 - circleRadius * Math.cos(angle));
});

/** The EU emblem drawn from its official geometry (3:2, Reflex Blue, twelve gold stars). */
export function EuEmblem(props: { label: string; className?: string; width?: number; height?: number }) {
  const { label, ...size } = props;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} {...size}>
      <rect width={width} height={height} fill="#003399" />
      {stars.map((points) => (
        <polygon key={points} points={points} fill="#FFCC00" />
      ))}
    </svg>
  );
}
