import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { MapLayer } from './useLayoutMode';
import { underlayTransform } from './viewport';

/**
 * The world map behind the graph, in the graph's model coordinates. Pan and zoom never re-render React: each
 * `viewport` event schedules one transform update per animation frame, written straight to the DOM.
 */
export function MapUnderlay({ cy, layer }: { cy: Core | null; layer: MapLayer }) {
  const group = useRef<SVGGElement>(null);
  const { layers, visible } = layer;

  useEffect(() => {
    // Kept in step while hidden too, so the map fades out in place as the view glides back to the network.
    if (!cy || !layers) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      group.current?.setAttribute('transform', underlayTransform({ zoom: cy.zoom(), pan: cy.pan() }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    cy.on('viewport resize', schedule);
    return () => {
      cy.off('viewport resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, layers]);

  if (!layers) return null;
  return (
    <svg className="map-underlay" data-visible={visible} aria-hidden="true" data-testid="map-underlay">
      <g ref={group}>
        {layers.map(({ name, d, fill, stroke, strokeWidth }) => (
          <path
            key={name}
            className={`map-${name}`}
            d={d}
            fill={fill}
            stroke={stroke}
            strokeWidth={strokeWidth}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </g>
    </svg>
  );
}
