/** Markers as square tap targets (app/partner-map.css draws them at a fixed size in CSS px). */
export interface TapTargets {
  /** Side of each target in CSS px. */
  size: number;
  /** The narrowest the map is ever drawn, in CSS px: there its units are largest in pixels. */
  narrowestWidth: number;
}

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
 * inside the drawing and clear of every other marker (by `clearance` around it, where a
 * marker's tap target is larger than its dot) and every label placed before it.
 */
export function placeLabels(
  points: { x: number; y: number; label: string }[],
  area: { width: number; height: number; size: number; clearance?: number },
): PlacedLabel[] {
  const { width, height, size } = area;
  const gap = size * 0.6;
  const clearance = area.clearance ?? gap;
  const markers: Box[] = points.map(({ x, y }) => ({
    left: x - clearance,
    top: y - clearance,
    right: x + clearance,
    bottom: y + clearance,
  }));
  const placed: Box[] = [];
  return points.map(({ x, y, label }, index) => {
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
      const others = [...markers.filter((_, marker) => marker !== index), ...placed];
      return outside + others.reduce((sum, other) => sum + overlap(box, other), 0);
    };
    const best = candidates.reduce((chosen, candidate) => (cost(candidate) < cost(chosen) ? candidate : chosen));
    placed.push(best.box);
    return { labelX: Math.round(best.labelX), labelY: Math.round(best.labelY), anchor: best.anchor };
  });
}
