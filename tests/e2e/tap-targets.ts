import type { Locator } from '@playwright/test';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a tap inside `area` would not reach `target`: a grid of 11 × 11 points, each asked for the element a tap there
 * hits. An empty answer means the whole area is the target's alone, so it overlaps no other target. The grid's four
 * corner points are left out: a target may round its corners.
 */
export function pointsMissing(target: Locator, area: Area): Promise<string[]> {
  return target.evaluate((element, { x, y, width, height }) => {
    const missed: string[] = [];
    // A pixel inside the edges: the browser rounds a point, which could give it to a neighbour that only touches.
    for (let column = 0; column <= 10; column++) {
      for (let row = 0; row <= 10; row++) {
        if ((column === 0 || column === 10) && (row === 0 || row === 10)) continue;
        const pointX = x + 1 + ((width - 2) * column) / 10;
        const pointY = y + 1 + ((height - 2) * row) / 10;
        const hit = document.elementFromPoint(pointX, pointY);
        if (hit && (hit === element || element.contains(hit))) continue;
        const name = hit?.closest('a')?.getAttribute('aria-label') ?? hit?.closest('a')?.textContent ?? hit?.tagName;
        missed.push(`${pointX.toFixed(1)},${pointY.toFixed(1)} → ${name ?? 'nothing'}`);
      }
    }
    return missed;
  }, area);
}

/** Taps in the square of `size` CSS px around each of a map's markers that would miss that marker's link. */
export async function markerTapsMissing(map: Locator, size: number): Promise<string[]> {
  const missed: string[] = [];
  for (const marker of await map.getByRole('link').all()) {
    const dot = (await marker.locator('circle').boundingBox())!;
    const square = { x: dot.x + (dot.width - size) / 2, y: dot.y + (dot.height - size) / 2, width: size, height: size };
    const name = await marker.getAttribute('aria-label');
    missed.push(...(await pointsMissing(marker, square)).map((point) => `${name}: ${point}`));
  }
  return missed;
}
