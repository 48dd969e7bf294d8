import type { PngUnderlay } from '../../shared/exportUnderlay';
import { loadMapScene } from './loadMapScene';

/** The PNG export's underlay on the map: the world map drawn as on screen (the drawing code loads with the map). */
export const drawMapUnderlay: PngUnderlay = async (ctx, view) => {
  (await loadMapScene()).drawWorldMap(ctx, view);
};
