/**
 * Marks which lines sit inside fenced code blocks (``` or ~~~), so that rules reading
 * headings or tags ignore lines such as `# install deps` in a shell example.
 */
export function fencedLineMask(lines: readonly string[]): boolean[] {
  const mask: boolean[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
      mask.push(true);
    } else if (fence !== null) {
      mask.push(true);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    } else {
      mask.push(false);
    }
  }
  return mask;
}

export function splitLines(content: string): string[] {
  return content.split(/\r?\n/);
}
