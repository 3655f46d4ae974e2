import type { MapCloseUp } from '@/lib/map/close-up';
import type { EuropeMap, MapMarker } from '@/lib/map/europe-map';

type MarkerLinks = Record<string, { href: string; name: string }>;

interface PartnerMapProps {
  map: EuropeMap;
  /** Prefix of the ids that tie the title and description to the drawing. */
  id: string;
  title: string;
  description: string;
  /** A link and its name for each marker, by partner key; without links the map is one picture. */
  markerLinks?: MarkerLinks;
  /** The markers' part of the map, drawn instead of the whole map on narrow screens (app/partner-map.css). */
  closeUp?: MapCloseUp;
  labels?: boolean;
  className?: string;
}

/**
 * The map drawn as inline SVG from paths computed at build time: no script, nothing loaded from elsewhere. A close-up
 * draws the same land again by reference (`use`), with its own markers and labels.
 */
export function PartnerMap({
  map,
  id,
  title,
  description,
  markerLinks,
  closeUp,
  labels = true,
  className = '',
}: PartnerMapProps) {
  const role = markerLinks ? 'group' : 'img';
  return (
    <>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        className={`partner-map ${closeUp ? 'partner-map-whole' : ''} ${className}`}
        role={role}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        fontSize={map.labelSize}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-description`}>{description}</desc>
        <g id={`${id}-land`}>
          <rect className="map-sea" width={map.width} height={map.height} />
          <path className="map-land" d={map.land} />
          <path className="map-partner-country" d={map.highlighted} />
          <path className="map-borders" d={map.borders} />
        </g>
        <Markers markers={map.markers} labelSize={map.labelSize} links={markerLinks} labels={labels} />
      </svg>
      {closeUp && (
        <svg
          viewBox={`${closeUp.x} ${closeUp.y} ${closeUp.width} ${closeUp.height}`}
          className={`partner-map partner-map-close-up ${className}`}
          role={role}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-description`}
          fontSize={closeUp.labelSize}
        >
          <use href={`#${id}-land`} />
          <Markers markers={closeUp.markers} labelSize={closeUp.labelSize} links={markerLinks} labels={labels} />
        </svg>
      )}
    </>
  );
}

function Markers({
  markers,
  labelSize,
  links,
  labels,
}: {
  markers: MapMarker[];
  labelSize: number;
  links?: MarkerLinks;
  labels: boolean;
}) {
  const radius = labelSize * 0.36;
  return markers.map((marker) => {
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
    const link = links?.[marker.key];
    return link ? (
      <a key={marker.key} href={link.href} aria-label={link.name} className="map-link">
        <path className="map-target" d={`M${marker.x} ${marker.y}h0`} />
        {drawing}
      </a>
    ) : (
      <g key={marker.key}>{drawing}</g>
    );
  });
}
