export { ExportButton } from './ExportButton';
export type { ExportButtonProps } from './ExportButton';
export { toPngBlob, graphSize } from './toPngBlob';
export { downloadBlob, pngFileName } from './download';
export { DEFAULT_PNG_EXPORT_OPTIONS, resolvePngExportOptions } from './exportOptions';
export type { PngCaption, PngExportInput, PngExportOptions } from './exportOptions';
export { DEFAULT_CANVAS_LIMITS, fitCanvasScale } from './canvasLimits';
export type { CanvasFit, CanvasLimits } from './canvasLimits';
