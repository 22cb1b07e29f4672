// A document's other pages (versions, diffs, drafts, settings) get the same header.
export { default } from "../page";
