import { findSnippet } from "@/lib/core/search/find-snippet";
import type { SearchTerm } from "@/lib/core/search/parse-search-query";
import type { SearchSnippet } from "./search-index";

/** What the index holds for one document: the text a snippet is cut from. */
export interface IndexedText {
  documentId: string;
  title: string;
  description: string;
  /** As stored: a JSON array of names. */
  tags: string;
  content: string;
  messages: string;
}

/**
 * A result's snippet: from the content when the terms occur there (with its line), otherwise
 * from the title, tags, description or version messages, in the order the ranking weighs them.
 * Cut from the text in JavaScript (find-snippet.ts), reading only as far as the match, rather
 * than by the engine's snippet function, which tokenizes the whole document per result.
 */
export function snippetOf(text: IndexedText, terms: SearchTerm[]): SearchSnippet {
  const inContent = findSnippet(text.content, terms);
  if (inContent) return inContent;
  for (const field of [text.title, tagText(text.tags), text.description, text.messages]) {
    const found = findSnippet(field, terms);
    if (found) return { marked: found.marked, line: null };
  }
  return { marked: "", line: null };
}

function tagText(tags: string): string {
  try {
    const parsed: unknown = JSON.parse(tags);
    return Array.isArray(parsed) ? parsed.join(", ") : tags;
  } catch {
    return tags;
  }
}
