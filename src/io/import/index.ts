// The import and export formats, as the UI uses them. Everything here is pure: no DOM, no storage.
export { importFiles, checkFileSize } from './importFiles';
export { detectFormat, DETECT_HEAD_CHARS, ACCEPTED_FORMATS, type Detection } from './detectFormat';
export { datasetToCsv, CSV_EXPORT_COLUMNS, type DatasetCsv } from './exportCsv';
export { COW_DATA_END } from './cowImport';
export { ATOP_DATA_END } from './atopImport';
export { FORMAT_LABELS, MAX_IMPORT_BYTES, type ImportFile, type Origin } from './types';
