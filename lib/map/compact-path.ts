type Point = [number, number];

/**
 * A d3-geo path context that writes short SVG path data: coordinates rounded
 * to whole units and written relative to the previous point, points closer than
 * `tolerance` to the last kept one dropped, and rings smaller than `minArea`
 * (islands too small to see) left out. This keeps the inline map light.
 */
export class CompactPath {
  private parts: string[] = [];
  private line: Point[] = [];
  private cursor: Point = [0, 0];

  constructor(
    private readonly tolerance = 1.5,
    private readonly minArea = 6,
  ) {}

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.line = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const point: Point = [Math.round(x), Math.round(y)];
    const last = this.line[this.line.length - 1];
    if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= this.tolerance) this.line.push(point);
  }

  closePath(): void {
    this.flush(true);
  }

  // Point features are drawn as markers by the component, never by the path.
  arc(): void {}

  toString(): string {
    this.flush(false);
    return this.parts.join('');
  }

  private flush(closed: boolean): void {
    const line = this.line;
    this.line = [];
    if (closed) {
      const [first] = line;
      const last = line[line.length - 1];
      if (line.length > 1 && first[0] === last[0] && first[1] === last[1]) line.pop();
      if (line.length < 3 || Math.abs(ringArea(line)) < this.minArea) return;
    } else if (line.length < 2) {
      return;
    }
    let [x, y] = this.cursor;
    const steps = line.map(([px, py]) => {
      const step = pair(px - x, py - y);
      [x, y] = [px, py];
      return step;
    });
    this.parts.push(
      `m${steps[0]}l${steps
        .slice(1)
        .map((step, index) => (index > 0 && !step.startsWith('-') ? ` ${step}` : step))
        .join('')}${closed ? 'z' : ''}`,
    );
    // After "z" the pen is back at the ring's first point; after an open line it stays at the last.
    this.cursor = closed ? line[0] : [x, y];
  }
}

function pair(dx: number, dy: number): string {
  return `${dx}${dy < 0 ? '' : ' '}${dy}`;
}

function ringArea(ring: Point[]): number {
  let area = 0;
  for (let index = 0; index < ring.length; index++) {
    const [x1, y1] = ring[index];
    const [x2, y2] = ring[(index + 1) % ring.length];
    area += x1 * y2 - x2 * y1;
  }
  return area / 2;
}
