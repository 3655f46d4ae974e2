import { describe, expect, it } from 'vitest';
import { checkContent, selectProject } from '@/lib/content';
import { CompactPath } from '@/lib/map/compact-path';
import { buildEuropeMap } from '@/lib/map/europe-map';
import { placeLabels } from '@/lib/map/labels';
import { partnerCityMap } from '@/lib/map/partner-map';
import { apart, inside, labelBox, place, places } from './map-fixture';

describe('the map of Europe', () => {
  const map = buildEuropeMap(places);
  const marker = (key: string) => map.markers.find((candidate) => candidate.key === key)!;

  it('puts every marker inside the drawing', () => {
    for (const { x, y } of map.markers) expect(inside(map, x, y), `${x},${y}`).toBe(true);
  });

  it('keeps the places where they are relative to each other', () => {
    expect(marker('Riga').x).toBeGreaterThan(marker('Ravenna').x);
    expect(marker('Riga').y).toBeLessThan(marker('Ravenna').y);
    expect(marker('Cartagena').x).toBeLessThan(marker('Dietzenbach').x);
    expect(marker('Cartagena').y).toBeGreaterThan(marker('Dietzenbach').y);
  });

  it('grows its frame to take in a place far outside Europe’s centre', () => {
    const reykjavik = place('Reykjavik', 64.15, -21.94);
    const wider = buildEuropeMap([...places, reykjavik]);
    const { x, y } = wider.markers.find((candidate) => candidate.key === 'Reykjavik')!;
    expect(inside(wider, x, y)).toBe(true);
  });

  it('draws land, borders and the countries that hold a place as short relative SVG paths', () => {
    for (const path of [map.land, map.borders, map.highlighted]) {
      expect(path).toMatch(/^m-?\d+ -?\d+l[-\d ]+/);
      expect(path).toMatch(/^[mlz\d -]+$/);
    }
    // Seven countries are fewer shapes than all of Europe.
    expect(map.highlighted.length).toBeLessThan(map.land.length);
    expect(map.land.length + map.borders.length + map.highlighted.length).toBeLessThan(40_000);
  });

  it('places labels inside the drawing without overlapping each other', () => {
    const boxes = map.markers.map((label) => labelBox(label, map.labelSize));
    for (const [index, box] of boxes.entries()) {
      expect(inside(map, box.left, box.top) && inside(map, box.right, box.bottom), map.markers[index].label).toBe(true);
      for (const other of boxes.slice(index + 1)) {
        expect(apart(box, other), `${map.markers[index].label} overlaps another label`).toBe(true);
      }
    }
  });

  it('keeps a label off the tap target around another marker', () => {
    // Sizes that binary fractions hold exactly, so that sides of equal cost stay equal.
    const points = [
      { x: 200, y: 200, label: 'AB' },
      { x: 330, y: 200, label: 'C' },
    ];
    const area = { width: 1000, height: 1000, size: 50 };
    expect(placeLabels(points, area)[0].anchor).toBe('start');
    expect(placeLabels(points, { ...area, clearance: 50 })[0].anchor).not.toBe('start');
  });

  it('puts every partner city of the content inside the drawing', () => {
    const { site } = checkContent({ includeDrafts: false });
    const cities = selectProject(site!, 'de').cities;
    const partnerMap = partnerCityMap(cities);
    expect(partnerMap.markers.map((city) => city.key)).toEqual(cities.map((city) => city.key));
    for (const { x, y } of partnerMap.markers) expect(inside(partnerMap, x, y)).toBe(true);
  });
});

describe('CompactPath', () => {
  /** Draws each line of points in turn; `closed` closes every one of them into a ring. */
  function draw(lines: [number, number][][], closed = true) {
    const path = new CompactPath(1.5, 6);
    for (const [first, ...rest] of lines) {
      path.moveTo(...first);
      for (const point of rest) path.lineTo(...point);
      if (closed) path.closePath();
    }
    return path.toString();
  }

  it('writes rings relative to the previous point and closes them', () => {
    const square = (x: number, y: number): [number, number][] => [
      [x, y],
      [x + 10, y],
      [x + 10, y + 10],
      [x, y + 10],
    ];
    expect(draw([square(5.4, 5.6), square(20, 30)])).toBe('m5 6l10 0 0 10-10 0zm15 24l10 0 0 10-10 0z');
  });

  it('drops points closer than the tolerance and rings too small to see', () => {
    const visible: [number, number][] = [
      [0, 0],
      [0.4, 0.3],
      [10, 0],
      [10, 10],
    ];
    const tiny: [number, number][] = [
      [50, 50],
      [51, 50],
      [51, 52],
    ];
    expect(draw([visible, tiny])).toBe('m0 0l10 0 0 10z');
  });

  it('leaves open lines open and continues from their last point', () => {
    const lines: [number, number][][] = [
      [
        [0, 0],
        [5, 5],
      ],
      [
        [10, 10],
        [10, 20],
      ],
    ];
    expect(draw(lines, false)).toBe('m0 0l5 5m5 5l0 10');
  });
});
