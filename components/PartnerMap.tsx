import type { EuropeMap } from '@/lib/map/europe-map';

interface PartnerMapProps {
  map: EuropeMap;
  /** Prefix of the ids that tie the title and description to the drawing. */
  id: string;
  title: string;
  description: string;
  /** A link and its name for each marker, by partner key; without links the map is one picture. */
  markerLinks?: Record<string, { href: string; name: string }>;
  labels?: boolean;
  className?: string;
}

/** The map drawn as inline SVG from paths computed at build time: no script, nothing loaded from elsewhere. */
export function PartnerMap({
  map,
  id,
  title,
  description,
  markerLinks,
  labels = true,
  className = '',
}: PartnerMapProps) {
  const radius = map.labelSize * 0.36;
  return (
    <svg
      viewBox={`0 0 ${map.width} ${map.height}`}
      className={`partner-map ${className}`}
      role={markerLinks ? 'group' : 'img'}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      fontSize={map.labelSize}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-description`}>{description}</desc>
      <rect className="map-sea" width={map.width} height={map.height} />
      <path className="map-land" d={map.land} />
      <path className="map-partner-country" d={map.highlighted} />
      <path className="map-borders" d={map.borders} />
      {map.markers.map((marker) => {
        const drawing = (
          <>
            <circle className="map-marker" cx={marker.x} cy={marker.y} r={radius} />
            {labels && (
              <text
                className="map-label"
                x={marker.labelX}
                y={marker.labelY}
                textAnchor={marker.anchor}
                dominantBaseline="central"
              >
                {marker.label}
              </text>
            )}
          </>
        );
        const link = markerLinks?.[marker.key];
        return link ? (
          <a key={marker.key} href={link.href} aria-label={link.name} className="map-link">
            {drawing}
          </a>
        ) : (
          <g key={marker.key}>{drawing}</g>
        );
      })}
    </svg>
  );
}
