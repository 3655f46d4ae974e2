export interface PlacedLabel {
  /** Where the label text stands, its vertical centre at labelY. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// Average advance of a bold sans-serif letter, as a share of the font size: generous, so labels never touch.
const letterWidth = 0.62;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Puts each label right, left, above or below its marker: the first side where it stays
 * inside the drawing and clear of every marker and every label placed before it.
 */
export function placeLabels(
  points: { x: number; y: number; label: string }[],
  area: { width: number; height: number; size: number },
): PlacedLabel[] {
  const { width, height, size } = area;
  const gap = size * 0.6;
  const markers: Box[] = points.map(({ x, y }) => ({ left: x - gap, top: y - gap, right: x + gap, bottom: y + gap }));
  const placed: Box[] = [];
  return points.map(({ x, y, label }) => {
    const w = label.length * size * letterWidth;
    const h = size * 1.2;
    const candidates: (PlacedLabel & { box: Box })[] = [
      {
        labelX: x + gap,
        labelY: y,
        anchor: 'start',
        box: { left: x + gap, top: y - h / 2, right: x + gap + w, bottom: y + h / 2 },
      },
      {
        labelX: x - gap,
        labelY: y,
        anchor: 'end',
        box: { left: x - gap - w, top: y - h / 2, right: x - gap, bottom: y + h / 2 },
      },
      {
        labelX: x,
        labelY: y - gap - h / 2,
        anchor: 'middle',
        box: { left: x - w / 2, top: y - gap - h, right: x + w / 2, bottom: y - gap },
      },
      {
        labelX: x,
        labelY: y + gap + h / 2,
        anchor: 'middle',
        box: { left: x - w / 2, top: y + gap, right: x + w / 2, bottom: y + gap + h },
      },
    ];
    const cost = ({ box }: { box: Box }) => {
      const outside = w * h - overlap(box, { left: 0, top: 0, right: width, bottom: height });
      return outside + [...markers, ...placed].reduce((sum, other) => sum + overlap(box, other), 0);
    };
    const best = candidates.reduce((chosen, candidate) => (cost(candidate) < cost(chosen) ? candidate : chosen));
    placed.push(best.box);
    return { labelX: Math.round(best.labelX), labelY: Math.round(best.labelY), anchor: best.anchor };
  });
}
