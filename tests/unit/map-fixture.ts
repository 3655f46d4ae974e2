import type { MapMarker, Place } from '@/lib/map/europe-map';

export const place = (key: string, latitude: number, longitude: number): Place => ({
  key,
  label: key,
  latitude,
  longitude,
});

// Fixed places (not today's partner files), so the geometry is checked against known geography.
export const places = [
  place('Ravenna', 44.42, 12.2),
  place('Riga', 56.95, 24.11),
  place('Cartagena', 37.63, -0.99),
  place('Dietzenbach', 50.01, 8.78),
  place('Linköping', 58.41, 15.62),
  place('Lublin', 51.25, 22.57),
  place('Cluj-Napoca', 46.77, 23.62),
];

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function inside(map: { width: number; height: number }, x: number, y: number) {
  return x >= 0 && y >= 0 && x <= map.width && y <= map.height;
}

/** Where a label's text stands, measured with a narrower letter than the labeller assumes. */
export function labelBox(label: MapMarker, size: number): Box {
  const width = label.label.length * size * 0.55;
  const left =
    label.anchor === 'start' ? label.labelX : label.anchor === 'end' ? label.labelX - width : label.labelX - width / 2;
  return { left, right: left + width, top: label.labelY - size / 2, bottom: label.labelY + size / 2 };
}

export function apart(a: Box, b: Box): boolean {
  return a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
}
