import { geoAzimuthalEqualArea, geoContains, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import { CompactPath } from './compact-path';
import { placeLabels, type PlacedLabel, type TapTargets } from './labels';

/** A place to mark on the map, in degrees (WGS 84). */
export interface Place {
  key: string;
  label: string;
  latitude: number;
  longitude: number;
}

export interface MapMarker extends Place, PlacedLabel {
  x: number;
  y: number;
}

/** Everything a component needs to draw the map as inline SVG: finished path data and marker positions. */
export interface EuropeMap {
  width: number;
  height: number;
  /** All land, one path. */
  land: string;
  /** Countries that hold a marked place, one path, drawn over the land. */
  highlighted: string;
  /** Borders between countries, one path of open lines. */
  borders: string;
  markers: MapMarker[];
  labelSize: number;
}

export interface MapOptions {
  /** Width of the drawing in SVG units; the height follows from the frame. */
  width?: number;
  /** Height of the label text in SVG units. */
  labelSize?: number;
  /** Where markers are links: labels keep clear of every other marker's tap target. */
  tapTargets?: TapTargets;
}

const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const land = feature(topology, topology.objects.land) as FeatureCollection;
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

// Europe from the Atlantic coast to the Baltic states, from the Mediterranean to southern Scandinavia.
const frame = { west: -11, east: 34, south: 35, north: 61 };

/** The frame's outline, sampled so that its curved edges in the projection are fitted too. */
function frameOutline(): [number, number][] {
  const points: [number, number][] = [];
  for (let step = 0; step <= 10; step++) {
    const longitude = frame.west + ((frame.east - frame.west) * step) / 10;
    const latitude = frame.south + ((frame.north - frame.south) * step) / 10;
    points.push([longitude, frame.south], [longitude, frame.north], [frame.west, latitude], [frame.east, latitude]);
  }
  return points;
}

/**
 * Projects Europe and the places with a Lambert azimuthal equal-area projection centred on
 * Europe (as in the EU's own maps). The frame grows to take in any place outside it, so
 * every marker lies inside the drawing.
 */
export function buildEuropeMap(places: Place[], options: MapOptions = {}): EuropeMap {
  const width = options.width ?? 600;
  const labelSize = options.labelSize ?? 24;
  const margin = labelSize;
  const fitted: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [...frameOutline(), ...places.map((place): [number, number] => [place.longitude, place.latitude])],
  };
  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitWidth(width - 2 * margin, fitted);
  const [[, top], [, bottom]] = geoPath(projection).bounds(fitted);
  const height = Math.ceil(bottom - top + 2 * margin);
  const [tx, ty] = projection.translate();
  projection.translate([tx + margin, ty - top + margin]).clipExtent([
    [0, 0],
    [width, height],
  ]);

  const draw = (object: GeoPermissibleObjects) => {
    const context = new CompactPath();
    geoPath(projection, context)(object);
    return context.toString();
  };
  const hosts = countries.features.filter((country: Feature) =>
    places.some((place) => geoContains(country, [place.longitude, place.latitude])),
  );
  const points = places.map((place) => {
    const [x, y] = projection([place.longitude, place.latitude]) ?? [0, 0];
    return { ...place, x: Math.round(x), y: Math.round(y) };
  });
  const clearance = options.tapTargets && (options.tapTargets.size / 2) * (width / options.tapTargets.narrowestWidth);
  const labels = placeLabels(points, { width, height, size: labelSize, clearance });
  return {
    width,
    height,
    land: draw(land),
    highlighted: draw({ type: 'FeatureCollection', features: hosts }),
    borders: draw(borders),
    markers: points.map((point, index) => ({ ...point, ...labels[index] })),
    labelSize,
  };
}
