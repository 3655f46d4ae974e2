import type { EuropeMap, MapMarker } from './europe-map';
import { placeLabels, type TapTargets } from './labels';

export interface CloseUpOptions {
  /** Height of the label text in CSS px where the close-up is drawn narrowest; it grows with the drawing. */
  labelSize: number;
  tapTargets: TapTargets;
}

/** A part of the map around its markers, in the map's own units: a viewBox, with labels placed for it. */
export interface MapCloseUp {
  x: number;
  y: number;
  width: number;
  height: number;
  labelSize: number;
  markers: MapMarker[];
}

/**
 * The markers' part of the map, for narrow screens: drawn across the whole width, it spreads markers that sit close
 * together in the whole map far enough apart for a finger, and its labels are set in a legible size.
 */
export function closeUp(map: EuropeMap, { labelSize, tapTargets }: CloseUpOptions): MapCloseUp {
  const { size: targetSize, narrowestWidth } = tapTargets;
  const xs = map.markers.map((marker) => marker.x);
  const ys = map.markers.map((marker) => marker.y);
  // Room beside the outer markers for half a tap target, and above and below them for a label as well: the labels
  // of the outermost markers go above or below, and the markers get the width.
  const side = targetSize / 2 + labelSize * 0.6;
  const span = Math.max(Math.max(...xs) - Math.min(...xs), map.width / 4);
  const width = Math.round(Math.min(map.width, span / (1 - (2 * side) / narrowestWidth)));
  const unitsPerPixel = width / narrowestWidth;
  const margin = (targetSize / 2 + labelSize * 1.8) * unitsPerPixel;
  const x = Math.round(clamp((Math.min(...xs) + Math.max(...xs) - width) / 2, 0, map.width - width));
  const y = Math.round(Math.max(0, Math.min(...ys) - margin));
  const height = Math.round(Math.min(map.height, Math.max(...ys) + margin)) - y;
  const size = Math.round(labelSize * unitsPerPixel * 10) / 10;
  const labels = placeLabels(
    map.markers.map((marker) => ({ x: marker.x - x, y: marker.y - y, label: marker.label })),
    { width, height, size, clearance: (targetSize / 2) * unitsPerPixel },
  );
  return {
    x,
    y,
    width,
    height,
    labelSize: size,
    markers: map.markers.map((marker, index) => ({
      ...marker,
      ...labels[index],
      labelX: labels[index].labelX + x,
      labelY: labels[index].labelY + y,
    })),
  };
}

function clamp(value: number, lowest: number, highest: number): number {
  return Math.min(Math.max(value, lowest), highest);
}
