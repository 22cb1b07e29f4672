export { convertDocument, describeConversion, DOWNLOAD_TARGET_LABELS, DOWNLOAD_TARGETS, type ConvertedFile, type DownloadTarget } from "./convert";
export { zipDocumentsAs, type ZipSource } from "./folder-zip";
export { crc32, writeZip, type ZipEntry } from "./zip";
