import type { SVGProps } from 'react';

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

/**
 * The EU emblem's official geometry: a 3:2 Reflex Blue field with twelve gold stars, one point upward, placed like
 * the hours on a clock face. Drawn by the site's header and by the share images.
 */
export const euEmblem = {
  width,
  height,
  blue: '#003399',
  gold: '#FFCC00',
  stars: Array.from({ length: 12 }, (_, hour) => {
    const angle = (hour * Math.PI) / 6;
    return starPoints(width / 2 + circleRadius * Math.sin(angle), height / 2 - circleRadius * Math.cos(angle));
  }),
};

/** The emblem as SVG; the caller adds its size and, where it stands alone, `role="img"` and a label. */
export function EuEmblemSvg(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} {...props}>
      <rect width={width} height={height} fill={euEmblem.blue} />
      {euEmblem.stars.map((points) => (
        <polygon key={points} points={points} fill={euEmblem.gold} />
      ))}
    </svg>
  );
}
