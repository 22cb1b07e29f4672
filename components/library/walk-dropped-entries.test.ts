import { describe, expect, it } from "vitest";
import { MAX_DROPPED_DEPTH, walkDroppedEntries, type DroppedEntry } from "./walk-dropped-entries";

/** A file entry as Chromium hands it over. */
function file(name: string, text = `# ${name}\n`): DroppedEntry {
  return { name, isFile: true, isDirectory: false, file: (success) => success(new File([text], name)) };
}

/** A directory entry whose reader returns its children `batch` at a time, then an empty batch (as browsers do). */
function directory(name: string, children: DroppedEntry[], batch = 100): DroppedEntry {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (success) => {
          const next = children.slice(at, at + batch);
          at += next.length;
          queueMicrotask(() => success(next));
        },
      };
    },
  };
}

describe("walking a dropped folder", () => {
  it("keeps subfolders, reads every batch, and lists what it skipped with why", async () => {
    const many = Array.from({ length: 7 }, (_, i) => file(`p${i}.md`));
    const dropped = directory("prompts", [
      directory("agents", [file("review.md"), file("picture.png"), directory(".hidden", [file("secret.md")]), file(".draft.md")]),
      directory("bulk", many, 3),
      file("notes.txt"),
    ]);
    const { files, skipped } = await walkDroppedEntries([dropped, file("loose.md")]);

    expect(files.map((found) => `${found.folder}|${found.file.name}`)).toEqual([
      "prompts/agents|review.md",
      ...many.map((entry) => `prompts/bulk|${entry.name}`),
      "prompts|notes.txt",
      "|loose.md",
    ]);
    expect(await files[0]!.file.text()).toBe("# review.md\n");
    expect(skipped).toEqual([
      { path: "prompts/agents/picture.png", reason: "Not a Markdown, text, YAML or XML file." },
      { path: "prompts/agents/.hidden", reason: "Hidden (its name or a folder's starts with “.”)." },
      { path: "prompts/agents/.draft.md", reason: "Hidden (its name or a folder's starts with “.”)." },
    ]);
  });

  it("leaves loose files to the server, stops at the depth limit, and reports a file the browser cannot read", async () => {
    let deep: DroppedEntry = file("bottom.md");
    for (let level = MAX_DROPPED_DEPTH + 1; level > 0; level--) deep = directory(`d${level}`, [deep]);
    const unreadable: DroppedEntry = { name: "gone.md", isFile: true, isDirectory: false, file: (_success, failure) => failure?.(new Error("NotFoundError")) };
    const { files, skipped } = await walkDroppedEntries([file("image.png"), deep, directory("box", [unreadable])]);

    expect(files.map((found) => found.file.name)).toEqual(["image.png"]);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]!.reason).toBe(`More than ${MAX_DROPPED_DEPTH} folders deep.`);
    expect(skipped[0]!.path.split("/")).toHaveLength(MAX_DROPPED_DEPTH + 1);
    expect(skipped[1]).toEqual({ path: "box/gone.md", reason: "The browser could not read it." });
  });
});
