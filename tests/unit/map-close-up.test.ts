import { describe, expect, it } from 'vitest';
import { closeUp } from '@/lib/map/close-up';
import { buildEuropeMap } from '@/lib/map/europe-map';
import { apart, labelBox, places, type Box } from './map-fixture';

const tapTargets = { size: 44, narrowestWidth: 286 };

describe('the close-up of the markers', () => {
  const map = buildEuropeMap(places);
  const view = closeUp(map, { labelSize: 14, tapTargets });
  const pixelsPerUnit = tapTargets.narrowestWidth / view.width;
  // Each marker's tap target in the map's units, where the close-up is drawn narrowest.
  const half = tapTargets.size / 2 / pixelsPerUnit;
  const target = ({ x, y }: { x: number; y: number }): Box => ({
    left: x - half,
    right: x + half,
    top: y - half,
    bottom: y + half,
  });

  it('is a part of the whole map that holds every marker with its tap target', () => {
    expect(view.x).toBeGreaterThanOrEqual(0);
    expect(view.y).toBeGreaterThanOrEqual(0);
    expect(view.x + view.width).toBeLessThanOrEqual(map.width);
    expect(view.y + view.height).toBeLessThanOrEqual(map.height);
    expect(view.width).toBeLessThan(map.width * 0.75);
    for (const marker of view.markers) {
      const box = target(marker);
      expect(box.left >= view.x && box.right <= view.x + view.width, marker.label).toBe(true);
      expect(box.top >= view.y && box.bottom <= view.y + view.height, marker.label).toBe(true);
    }
  });

  it('spreads the markers so far that their 44 px tap targets never overlap', () => {
    for (const [index, marker] of view.markers.entries()) {
      for (const other of view.markers.slice(index + 1)) {
        expect(apart(target(marker), target(other)), `${marker.label} and ${other.label}`).toBe(true);
      }
    }
  });

  it('sets its labels at 14 px where drawn narrowest, inside it and clear of other labels and tap targets', () => {
    expect(view.labelSize * pixelsPerUnit).toBeCloseTo(14, 0);
    const boxes = view.markers.map((marker) => labelBox(marker, view.labelSize));
    for (const [index, box] of boxes.entries()) {
      const { label } = view.markers[index];
      expect(box.left >= view.x && box.right <= view.x + view.width, label).toBe(true);
      expect(box.top >= view.y && box.bottom <= view.y + view.height, label).toBe(true);
      for (const [otherIndex, other] of view.markers.entries()) {
        if (otherIndex === index) continue;
        expect(apart(box, target(other)), `${label} covers the tap target of ${other.label}`).toBe(true);
        expect(apart(box, boxes[otherIndex]), `${label} overlaps ${other.label}`).toBe(true);
      }
    }
  });

  it('keeps the markers where the whole map has them', () => {
    expect(view.markers.map(({ key, x, y }) => ({ key, x, y }))).toEqual(
      map.markers.map(({ key, x, y }) => ({ key, x, y })),
    );
  });
});
