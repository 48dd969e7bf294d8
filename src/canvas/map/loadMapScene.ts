/** The map's chunk (d3-geo, the world shapes, map positions), fetched on first use of the map or its export. */
export const loadMapScene = () => import('./mapScene');
