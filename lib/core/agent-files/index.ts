export { convertDocument, describeConversion, DOWNLOAD_TARGET_LABELS, DOWNLOAD_TARGETS, type ConvertedFile, type DownloadTarget } from "./convert";
