import type { CityPartner } from '@/lib/content';
import { buildEuropeMap, type EuropeMap, type MapOptions } from './europe-map';

const built = new Map<string, EuropeMap>();

/** The partner cities on a map of Europe, projected once per build (the map is the same in every language). */
export function partnerCityMap(cities: CityPartner[], options: MapOptions = {}): EuropeMap {
  const places = cities.map(({ key, city, latitude, longitude }) => ({ key, label: city, latitude, longitude }));
  const cacheKey = JSON.stringify([places, options]);
  const map = built.get(cacheKey) ?? buildEuropeMap(places, options);
  built.set(cacheKey, map);
  return map;
}
